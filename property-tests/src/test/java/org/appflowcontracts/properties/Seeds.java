package org.appflowcontracts.properties;

/** The fixed seed every property runs with, so CI failures reproduce exactly. */
final class Seeds {

    static final String FIXED = "20260823";

    private Seeds() {
    }
}
