package org.appflowcontracts.validator.parse;

import tools.jackson.core.StreamReadConstraints;

/**
 * Bounds on what we agree to read. A CreateFlow request is a few kilobytes and about ten levels deep; the
 * largest real flows (hundreds of tasks) stay well under a megabyte. The limits leave wide margins above that
 * while keeping memory and time bounded for hostile or accidental input (a log file, a generated blob).
 */
public final class InputLimits {

    /** Largest accepted document, in bytes (8 MiB); no file or stream is read further than one byte past it. */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    /** Deepest accepted nesting of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 64;
    /**
     * Longest accepted string value, in characters (1 MiB). In YAML it also bounds any run of characters without
     * a space or line break, which is refused before parsing.
     */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /** Longest accepted member name, in characters. */
    public static final int MAX_NAME_LENGTH = 4096;
    /** Longest accepted number literal, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /**
     * Most tokens (names, values, brackets) accepted in one document. A flow with a thousand tasks has about
     * twenty thousand; the bound keeps a document in which every value is wrong within a few hundred
     * thousand findings, which a 256 MiB heap reports in every output format.
     */
    public static final long MAX_TOKEN_COUNT = 200_000L;
    /** Most values that YAML aliases may add to one document when expanded. */
    public static final long MAX_ALIAS_EXPANSION_NODES = 100_000L;

    private InputLimits() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .build();
    }
}
