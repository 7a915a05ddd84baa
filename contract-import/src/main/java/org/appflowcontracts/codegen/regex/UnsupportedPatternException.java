package org.appflowcontracts.codegen.regex;

/** A pattern uses a construct the regex tools here cannot read or carry over with identical meaning. */
public final class UnsupportedPatternException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedPatternException(String pattern, int offset, String what) {
        super("unsupported pattern construct at offset " + offset + " of /" + pattern + "/: " + what);
    }

    public UnsupportedPatternException(String pattern, String what) {
        super("unsupported pattern construct in /" + pattern + "/: " + what);
    }
}
