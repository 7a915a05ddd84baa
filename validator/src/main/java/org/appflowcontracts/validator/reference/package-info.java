/**
 * The reference engine: networknt json-schema-validator over the classpath schemas, with the appflow rules dialect
 * (2020-12 plus the appflow keywords, whose semantics live in {@code vocabulary}) and errors translated into
 * engine-neutral raw failures.
 */
package org.appflowcontracts.validator.reference;
