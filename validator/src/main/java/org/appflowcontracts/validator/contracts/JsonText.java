package org.appflowcontracts.validator.contracts;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.POJONode;

/**
 * A tree as compact JSON text, written with the streaming generator alone: the same text as the node's
 * {@code toString()}, which builds a whole JSON mapper (several hundred classes, tens of milliseconds in a fresh
 * process) on its first use.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonText() {
    }

    /** {@code node} as compact JSON; a value that is no JSON (an unknown) as the string of what it stands for. */
    public static String compact(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(node, generator);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator out) {
        if (node.isObject()) {
            out.writeStartObject();
            for (var member : node.properties()) {
                out.writeName(member.getKey());
                write(member.getValue(), out);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode item : node) {
                write(item, out);
            }
            out.writeEndArray();
        } else if (node.isPojo()) {
            out.writeString(String.valueOf(((POJONode) node).getPojo()));
        } else if (node.isNumber()) {
            writeNumber(node, out);
        } else if (node.isString()) {
            out.writeString(node.asString());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.asBoolean());
        } else if (node.isBinary()) {
            out.writeBinary(node.binaryValue());
        } else {
            out.writeNull();
        }
    }

    /** A number node as its kind of number is written (an int as an int, a decimal as written). */
    public static void writeNumber(JsonNode number, JsonGenerator out) {
        switch (number.numberType()) {
            case INT -> out.writeNumber(number.intValue());
            case LONG -> out.writeNumber(number.longValue());
            case BIG_INTEGER -> out.writeNumber(number.bigIntegerValue());
            case FLOAT -> out.writeNumber(number.floatValue());
            case DOUBLE -> out.writeNumber(number.doubleValue());
            default -> out.writeNumber(number.decimalValue());
        }
    }
}
