package org.appflowcontracts.validator.format.mapping;

/**
 * The plan of a shape, made on first use: plans link to each other lazily, so that only the shapes a file reaches
 * are worked out, and a shape that contains itself needs no special case. Plans are immutable; two threads that
 * make the same one at once make equal plans, and either may be kept.
 */
final class PlanLink {

    /** The link of a value of any shape. */
    static final PlanLink AS_WRITTEN = new PlanLink(null, null);

    private final MappingPlans plans;
    private final String shape;
    private volatile ValuePlan plan;

    PlanLink(MappingPlans plans, String shape) {
        this.plans = plans;
        this.shape = shape;
        this.plan = shape == null ? ValuePlan.AS_WRITTEN : null;
    }

    ValuePlan get() {
        ValuePlan known = plan;
        if (known == null) {
            known = plans.of(shape);
            plan = known;
        }
        return known;
    }
}
