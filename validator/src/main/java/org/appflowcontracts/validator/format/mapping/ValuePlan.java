package org.appflowcontracts.validator.format.mapping;

/**
 * How a format writes the values of one API shape, worked out once from the shapes and the mapping data and linked
 * to the plans of the values inside it, so that mapping a flow follows links instead of looking shapes up by name
 * at every value.
 */
sealed interface ValuePlan {

    /** A value carried over as the file writes it: a scalar, or a value of any shape. */
    record AsWritten() implements ValuePlan {}

    /**
     * A scalar of a JSON type the format converts to from the other scalar types, as Terraform turns "128" into the
     * number an attribute expects ({@link ScalarConversion}).
     */
    record Scalar(String type) implements ValuePlan {}

    /** An object with named members. */
    record ObjectValues(ObjectPlan plan) implements ValuePlan {}

    /** An object whose member names are data; each value follows {@code values}. */
    record MapValues(PlanLink values) implements ValuePlan {}

    /** A list; each item follows {@code items}. */
    record ListValues(PlanLink items) implements ValuePlan {}

    ValuePlan AS_WRITTEN = new AsWritten();
}
