package org.appflowcontracts.validator.config;

import org.appflowcontracts.validator.engine.RawFailure;

/** A configuration schema failure in words; the line and column are given beside it. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static String of(RawFailure f) {
        String at = f.pointer().isEmpty() ? "the configuration" : f.pointer();
        String bound = f.expected() == null ? "" : f.expected();
        return switch (f.keyword()) {
            case "additionalProperties" -> "unknown setting '" + f.member() + "'"
                    + " (see the configuration schema: version, files, rules; match, operation, ignore, reason)";
            case "required" -> at + " needs '" + f.member() + "'";
            case "enum" -> at + " must be one of " + bound;
            case "const" -> at + " must be " + bound;
            case "type" -> at + " must be " + (bound.isEmpty() ? "of another type" : "a(n) " + bound);
            case "minProperties" -> at + " needs operation or ignore besides match";
            case "pattern" -> at + " is not a rule id (letters, digits, _ . -)";
            case "minItems", "minLength" -> at + " must not be empty";
            case "oneOf" -> at + " must be a glob or a list of globs";
            default -> at + " breaks the configuration schema's '" + f.keyword() + "'"
                    + (bound.isEmpty() ? "" : " (" + bound + ")");
        };
    }
}
