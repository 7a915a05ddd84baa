package org.appflowcontracts.codegen.model;

/** How a member's value is typed in Java. */
public sealed interface TypeRef {

    /** A built-in Java type. */
    record Scalar(ScalarKind kind) implements TypeRef {}

    /** A generated record or enum, by simple name. */
    record Named(String name) implements TypeRef {}

    record ListOf(TypeRef element) implements TypeRef {}

    /** A JSON object used as a map with string keys. */
    record MapOf(TypeRef value) implements TypeRef {}

    /** The scalar Java types generated code uses. */
    enum ScalarKind {
        STRING,
        INT,
        LONG,
        DOUBLE,
        BOOLEAN,
        /** {@code ["number", "string"]}: epoch seconds, or a date or date-time string. */
        INSTANT,
        /** No single Java type fits; the raw JSON tree is kept. */
        JSON
    }
}
