package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.suppress.Suppression;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exactly one JSON array on standard output, one object per finding with the keys
 * {@code file, ruleId, severity, pointer, line, column, message}, the {@code operation} the file was checked as
 * and {@code checkedAs} (that operation and why). Suppressed findings follow the reported ones, each with a
 * {@code suppressed} object ({@code kind}, {@code justification}, {@code origin}); they do not count for the exit code. A document that could not be checked is one
 * error object of its own ({@code input.*} or {@code internal.*}, pointer {@code ""}). Nothing else is printed,
 * so scripts can pipe it straight into a JSON parser.
 */
public final class JsonFormatter implements ReportFormatter {

    @Override
    public void write(RunResult run, PrintWriter out) {
        try (JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            json.writeStartArray();
            run.reported().forEach(f -> json.writeTree(toJson(f)));
            run.suppressed().forEach(f -> json.writeTree(toJson(f)));
            json.writeEndArray();
        }
        out.println();
        out.flush();
    }

    private static ObjectNode toJson(RunResult.Finding f) {
        Violation v = f.violation();
        ObjectNode node = JsonOutput.objectNode();
        node.put("file", f.source().displayName());
        node.put("ruleId", v.ruleId());
        node.put("severity", v.severity().wireName());
        node.put("pointer", v.pointer());
        node.put("line", v.line());
        node.put("column", v.column());
        node.put("message", v.message());
        if (v.resource() != null) {
            node.put("resource", v.resource());
        }
        if (f.operation() != null) {
            node.put("operation", f.operation().operation());
            node.put("checkedAs", f.operation().describe());
        }
        if (f.suppression() != null) {
            Suppression s = f.suppression();
            node.putObject("suppressed").put("kind", s.kind().wireName()).put("justification", s.justification())
                    .put("origin", s.origin());
        }
        return node;
    }
}
