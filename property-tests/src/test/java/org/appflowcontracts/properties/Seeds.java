package org.appflowcontracts.properties;

/**
 * The seed every property runs with: fixed, so CI failures reproduce exactly, and settable with
 * {@code -Dappflow.pbt.seed=N} to replay the seed a failure printed or to explore other inputs.
 */
final class Seeds {

    static final long FIXED = 20260823L;
    static final String PROPERTY = "appflow.pbt.seed";

    private Seeds() {
    }

    static long seed() {
        String value = System.getProperty(PROPERTY, "").strip();
        if (value.isEmpty()) {
            return FIXED;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number, not \"" + value + "\"", e);
        }
    }
}
