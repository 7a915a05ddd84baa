/**
 * Where the contracts are: the operations of the AppFlow API, the schema applied to each request and response,
 * and classpath access to schema documents by {@code $id} (never the network).
 */
package org.appflowcontracts.validator.contracts;
