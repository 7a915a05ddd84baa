/**
 * Rule metadata, read only from the overlays' {@code appflowRule} annotations: the index that finds the rule owning
 * a failing keyword, the catalog for listings and explanations, and our wording for type-level failures.
 */
package org.appflowcontracts.validator.rules;
