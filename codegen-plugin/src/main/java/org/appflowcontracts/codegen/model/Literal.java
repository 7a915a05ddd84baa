package org.appflowcontracts.codegen.model;

import java.math.BigDecimal;

/** A scalar JSON value used by {@code enum} and {@code const}. Objects and arrays are not supported. */
public sealed interface Literal {

    record StringLiteral(String value) implements Literal {}

    record NumberLiteral(BigDecimal value) implements Literal {}

    record BooleanLiteral(boolean value) implements Literal {}

    record NullLiteral() implements Literal {}
}
