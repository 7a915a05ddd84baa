package org.appflowcontracts.codegen.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The supported keywords, one record each. A keyword's {@link #name()} is its spelling in the schema and the
 * suffix of the type-level rule id ({@code schema.<name>}) its failures are reported under.
 */
public sealed interface Keyword {

    String name();

    /** {@code false} as a schema: nothing is valid. */
    record FalseSchema() implements Keyword {
        public String name() {
            return "false";
        }
    }

    record Type(Set<JsonType> types) implements Keyword {
        public Type {
            types = Set.copyOf(types);
        }

        public String name() {
            return "type";
        }
    }

    record Enum(List<Literal> values) implements Keyword {
        public Enum {
            values = List.copyOf(values);
        }

        public String name() {
            return "enum";
        }
    }

    record Const(Literal value) implements Keyword {
        public String name() {
            return "const";
        }
    }

    record Required(List<String> members) implements Keyword {
        public Required {
            members = List.copyOf(members);
        }

        public String name() {
            return "required";
        }
    }

    record DependentRequired(Map<String, List<String>> dependencies) implements Keyword {
        public DependentRequired {
            dependencies = Map.copyOf(dependencies);
        }

        public String name() {
            return "dependentRequired";
        }
    }

    /** Member name → subschema, in document order. */
    record Properties(List<Map.Entry<String, SchemaNode>> members) implements Keyword {
        public Properties {
            members = List.copyOf(members);
        }

        public String name() {
            return "properties";
        }
    }

    record AdditionalProperties(SchemaNode schema) implements Keyword {
        public String name() {
            return "additionalProperties";
        }
    }

    record PropertyNames(SchemaNode schema) implements Keyword {
        public String name() {
            return "propertyNames";
        }
    }

    record MinProperties(int value) implements Keyword {
        public String name() {
            return "minProperties";
        }
    }

    record MaxProperties(int value) implements Keyword {
        public String name() {
            return "maxProperties";
        }
    }

    record Items(SchemaNode schema) implements Keyword {
        public String name() {
            return "items";
        }
    }

    record MinItems(int value) implements Keyword {
        public String name() {
            return "minItems";
        }
    }

    record MaxItems(int value) implements Keyword {
        public String name() {
            return "maxItems";
        }
    }

    record UniqueItems() implements Keyword {
        public String name() {
            return "uniqueItems";
        }
    }

    /** {@code contains} with its optional {@code minContains}/{@code maxContains} bounds (absent min = 1). */
    record Contains(SchemaNode schema, Optional<Integer> min, Optional<Integer> max) implements Keyword {
        public String name() {
            return "contains";
        }
    }

    record MinLength(int value) implements Keyword {
        public String name() {
            return "minLength";
        }
    }

    record MaxLength(int value) implements Keyword {
        public String name() {
            return "maxLength";
        }
    }

    record Pattern(String regex) implements Keyword {
        public String name() {
            return "pattern";
        }
    }

    /** {@code minimum}, {@code maximum}, {@code exclusiveMinimum} or {@code exclusiveMaximum}. */
    record Bound(String name, BigDecimal value, boolean upper, boolean exclusive) implements Keyword {}

    /** A resolved {@code $ref}: the location of the target node in the schema graph. */
    record Ref(String reference, SchemaLocation target) implements Keyword {
        public String name() {
            return "$ref";
        }
    }

    record AllOf(List<SchemaNode> schemas) implements Keyword {
        public AllOf {
            schemas = List.copyOf(schemas);
        }

        public String name() {
            return "allOf";
        }
    }

    record AnyOf(List<SchemaNode> schemas) implements Keyword {
        public AnyOf {
            schemas = List.copyOf(schemas);
        }

        public String name() {
            return "anyOf";
        }
    }

    record OneOf(List<SchemaNode> schemas) implements Keyword {
        public OneOf {
            schemas = List.copyOf(schemas);
        }

        public String name() {
            return "oneOf";
        }
    }

    record Not(SchemaNode schema) implements Keyword {
        public String name() {
            return "not";
        }
    }

    record IfThenElse(SchemaNode condition, Optional<SchemaNode> then, Optional<SchemaNode> otherwise)
            implements Keyword {
        public String name() {
            return "if";
        }
    }

    // ---- the appflow vocabulary ----

    /** Whether a value is compared as an instant or as a decimal number. */
    enum OrderKind {
        TIMESTAMP,
        DECIMAL
    }

    record Ordered(String lower, String upper, boolean strict, OrderKind as) implements Keyword {
        public String name() {
            return "appflowOrdered";
        }
    }

    /** Relative JSON pointers (from the object) of the delimited string and of the string array. */
    record SplitEquals(String value, String items, String separator) implements Keyword {
        public String name() {
            return "appflowSplitEquals";
        }
    }

    /** A {@code where} predicate with the member whose string values it selects. */
    record Selector(SchemaNode where, String member) {}

    record Unique(Selector selector) implements Keyword {
        public String name() {
            return "appflowUnique";
        }
    }

    record Covered(Selector values, List<Selector> by) implements Keyword {
        public Covered {
            by = List.copyOf(by);
        }

        public String name() {
            return "appflowCovered";
        }
    }
}
