package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import org.appflowcontracts.validator.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exactly one JSON array on standard output, one object per finding with the keys
 * {@code file, ruleId, severity, pointer, line, column, message}. A document that could not be checked is one
 * error object of its own ({@code input.*} or {@code internal.*}, pointer {@code ""}). Nothing else is printed,
 * so scripts can pipe it straight into a JSON parser.
 */
public final class JsonFormatter implements ReportFormatter {

    @Override
    public void write(RunResult run, PrintWriter out) {
        try (JsonGenerator json = Json.prettyGenerator(out)) {
            json.writeStartArray();
            run.reported().forEach(f -> json.writeTree(toJson(f.source().displayName(), f.violation())));
            json.writeEndArray();
        }
        out.println();
        out.flush();
    }

    private static ObjectNode toJson(String file, Violation v) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("file", file);
        node.put("ruleId", v.ruleId());
        node.put("severity", v.severity().wireName());
        node.put("pointer", v.pointer());
        node.put("line", v.line());
        node.put("column", v.column());
        node.put("message", v.message());
        if (v.resource() != null) {
            node.put("resource", v.resource());
        }
        return node;
    }
}
