package org.appflowcontracts.validator.reference;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * {@code minimum}, {@code maximum}, {@code exclusiveMinimum} and {@code exclusiveMaximum} compared as exact
 * decimals. networknt's own validators convert an instance to {@code long} when the bound is integral, which
 * throws for a number beyond the 64-bit range (such as {@code 1E+400}); JSON Schema compares the numbers' values,
 * which is what this does for every size of number.
 */
final class DecimalBoundKeyword implements Keyword {

    private final String name;
    private final boolean lower;
    private final boolean exclusive;

    private DecimalBoundKeyword(String name, boolean lower, boolean exclusive) {
        this.name = name;
        this.lower = lower;
        this.exclusive = exclusive;
    }

    static DecimalBoundKeyword minimum() {
        return new DecimalBoundKeyword("minimum", true, false);
    }

    static DecimalBoundKeyword maximum() {
        return new DecimalBoundKeyword("maximum", false, false);
    }

    static DecimalBoundKeyword exclusiveMinimum() {
        return new DecimalBoundKeyword("exclusiveMinimum", true, true);
    }

    static DecimalBoundKeyword exclusiveMaximum() {
        return new DecimalBoundKeyword("exclusiveMaximum", false, true);
    }

    @Override
    public String getValue() {
        return name;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode value, Schema parent, SchemaContext context) {
        if (!value.isNumber()) {
            throw new IllegalArgumentException(name + " at " + location + " must be a number");
        }
        return new Validator(this, value, location);
    }

    /** True when {@code instance} lies on the allowed side of {@code bound}. */
    boolean allows(BigDecimal instance, BigDecimal bound) {
        int order = instance.compareTo(bound);
        if (lower) {
            return exclusive ? order > 0 : order >= 0;
        }
        return exclusive ? order < 0 : order <= 0;
    }

    private String describe(JsonNode bound) {
        String relation = (lower ? "greater than" : "less than") + (exclusive ? "" : " or equal to");
        return "must be " + relation + " " + bound.decimalValue().toPlainString();
    }

    private static final class Validator extends AbstractKeywordValidator {
        private final DecimalBoundKeyword kind;
        private final BigDecimal bound;

        Validator(DecimalBoundKeyword kind, JsonNode value, SchemaLocation location) {
            super(kind.name, value, location);
            this.kind = kind;
            this.bound = value.decimalValue();
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!node.isNumber() || kind.allows(decimal(node), bound)) {
                return;
            }
            context.addError(Error.builder()
                    .keyword(getKeyword())
                    .schemaLocation(schemaLocation)
                    .evaluationPath(context.getEvaluationPath())
                    .instanceLocation(location)
                    .instanceNode(node)
                    .schemaNode(schemaNode)
                    .message(kind.describe(schemaNode))
                    .build());
        }

        private static BigDecimal decimal(JsonNode node) {
            if (node.isDouble() || node.isFloat()) {
                double d = node.doubleValue();
                if (Double.isInfinite(d)) {
                    // not produced by JSON text; a tree built in code may hold it
                    return d > 0 ? BigDecimal.TEN.pow(400) : BigDecimal.TEN.pow(400).negate();
                }
            }
            return node.decimalValue();
        }
    }
}
