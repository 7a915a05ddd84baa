package org.appflowcontracts.codegen.importer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** One botocore shape, reduced to the facts a JSON Schema can carry (documentation traits are dropped). */
public sealed interface Shape {

    String name();

    /** A structure member: its wire name and the shape it points at. */
    record Member(String name, String shape) {
    }

    record StructureShape(String name, List<Member> members, List<String> required) implements Shape {
        public StructureShape {
            members = List.copyOf(members);
            required = List.copyOf(required);
        }
    }

    record ListShape(String name, String member, BigInteger min, BigInteger max) implements Shape {
    }

    record MapShape(String name, String key, String value, BigInteger min, BigInteger max) implements Shape {
    }

    /** {@code enumValues} is empty when the model sets no enum. */
    record StringShape(String name, BigInteger min, BigInteger max, String pattern, List<String> enumValues)
            implements Shape {
        public StringShape {
            enumValues = List.copyOf(enumValues);
        }
    }

    /** botocore {@code integer} and {@code long}; bounds kept exact. */
    record IntegerShape(String name, BigInteger min, BigInteger max) implements Shape {
    }

    /** botocore {@code double} and {@code float}. */
    record NumberShape(String name, BigDecimal min, BigDecimal max) implements Shape {
    }

    record BooleanShape(String name) implements Shape {
    }

    record TimestampShape(String name) implements Shape {
    }

    /** Binary data, base64 text in the JSON protocols. */
    record BlobShape(String name) implements Shape {
    }
}
