/**
 * The seam between engines and reporting. An engine ({@link org.appflowcontracts.validator.engine.ValidationEngine})
 * reports raw keyword failures; the {@link org.appflowcontracts.validator.engine.FailureReducer} applies the
 * reporting model (rule ownership, pruning, subsumption, one violation per rule and pointer) the same way for every
 * engine. Engines outside this library plug in through
 * {@link org.appflowcontracts.validator.engine.ValidationEngineFactory}.
 */
package org.appflowcontracts.validator.engine;
