package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import org.appflowcontracts.validator.Violation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exactly one JSON array on standard output, one object per finding with the keys
 * {@code file, ruleId, severity, pointer, line, column, message}. Nothing else is printed, so scripts can
 * pipe it straight into a JSON parser.
 */
public final class JsonFormatter implements ReportFormatter {

    @Override
    public void write(RunResult run, PrintWriter out) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        run.findings().forEach(f -> array.add(toJson(f.source().displayName(), f.violation())));
        out.println(Json.pretty(array));
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
        return node;
    }
}
