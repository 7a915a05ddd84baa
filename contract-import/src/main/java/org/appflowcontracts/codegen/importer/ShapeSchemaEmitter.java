package org.appflowcontracts.codegen.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one model shape into its {@code $defs} schema (insertion-ordered maps, written by {@link JsonText}). */
final class ShapeSchemaEmitter {

    /**
     * The timestamp strings the AWS SDKs and CLI accept and convert to epoch seconds before sending (see the
     * schemas README): an ISO 8601 date, or date and time ({@code T}, {@code t} or a space between them) with
     * optional seconds and fraction and an optional offset ({@code Z}, {@code +HH:MM}, {@code +HHMM},
     * {@code +HH}, or the same with {@code -}; none means UTC); or epoch seconds written as a decimal string. Full match. Days are bounded
     * per month (February up to 29 in every year). Numbers are allowed beside it: epoch seconds, the wire form.
     */
    static final String TIMESTAMP = PatternTranslator.anchor(
            "[0-9]+(?:\\.[0-9]+)?"
                    + "|[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
                    + "|(?:0[13578]|1[02])-31|02-29)"
                    + "(?:[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?"
                    + "(?:[Zz]|[+\\-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?)?");

    private final ServiceModel model;

    ShapeSchemaEmitter(ServiceModel model) {
        this.model = model;
    }

    Map<String, Object> emit(Shape shape) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("title", shape.name());
        if (shape instanceof Shape.StructureShape s) {
            structure(s, schema);
        } else if (shape instanceof Shape.ListShape l) {
            schema.put("type", "array");
            schema.put("items", ref(l.member()));
            putIfPresent(schema, "minItems", l.min());
            putIfPresent(schema, "maxItems", l.max());
        } else if (shape instanceof Shape.MapShape m) {
            map(m, schema);
        } else if (shape instanceof Shape.StringShape s) {
            schema.put("type", "string");
            stringConstraints(s, schema);
        } else if (shape instanceof Shape.IntegerShape i) {
            schema.put("type", "integer");
            putIfPresent(schema, "minimum", i.min());
            putIfPresent(schema, "maximum", i.max());
        } else if (shape instanceof Shape.NumberShape n) {
            schema.put("type", "number");
            putIfPresent(schema, "minimum", n.min());
            putIfPresent(schema, "maximum", n.max());
        } else if (shape instanceof Shape.BooleanShape) {
            schema.put("type", "boolean");
        } else if (shape instanceof Shape.TimestampShape) {
            schema.put("type", List.of("number", "string"));
            schema.put("pattern", TIMESTAMP);
        } else if (shape instanceof Shape.BlobShape) {
            schema.put("type", "string");
            schema.put("contentEncoding", "base64");
        } else {
            throw new IllegalStateException("no emitter for " + shape);
        }
        return schema;
    }

    private void structure(Shape.StructureShape s, Map<String, Object> schema) {
        schema.put("type", "object");
        if (!s.members().isEmpty()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Shape.Member member : s.members()) {
                properties.put(member.name(), ref(member.shape()));
            }
            schema.put("properties", properties);
        }
        if (!s.required().isEmpty()) {
            schema.put("required", s.required());
        }
        schema.put("additionalProperties", false);
    }

    private void map(Shape.MapShape m, Map<String, Object> schema) {
        schema.put("type", "object");
        Map<String, Object> keyConstraints = new LinkedHashMap<>();
        stringConstraints((Shape.StringShape) model.shape(m.key()), keyConstraints);
        if (!keyConstraints.isEmpty()) {
            schema.put("propertyNames", keyConstraints);
        }
        schema.put("additionalProperties", ref(m.value()));
        putIfPresent(schema, "minProperties", m.min());
        putIfPresent(schema, "maxProperties", m.max());
    }

    private static void stringConstraints(Shape.StringShape s, Map<String, Object> schema) {
        putIfPresent(schema, "minLength", s.min());
        putIfPresent(schema, "maxLength", s.max());
        if (s.pattern() != null) {
            schema.put("pattern", PatternTranslator.translate(s.pattern()));
        }
        if (!s.enumValues().isEmpty()) {
            schema.put("enum", s.enumValues());
        }
    }

    private static Map<String, Object> ref(String shapeName) {
        return Map.of("$ref", "#/$defs/" + shapeName);
    }

    private static void putIfPresent(Map<String, Object> schema, String keyword, Object value) {
        if (value != null) {
            schema.put(keyword, value);
        }
    }
}
