package org.appflowcontracts.validator.vocabulary;

/** RFC 6901 escaping for the relative pointers this package reports. */
final class Pointers {

    private Pointers() {
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
