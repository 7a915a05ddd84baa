package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.suppress.Suppression;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exactly one JSON object on standard output, version {@value #VERSION}:
 * <ul>
 *   <li>{@code files}: every input in input order, with {@code checked} and, for a checked one, the
 *       {@code operation} it was checked as, {@code operationBasis} (what decided it: {@code option},
 *       {@code configuration}, {@code file-name}, {@code content}, {@code file-format}) and {@code checkedAs}
 *       (both in words) — also for a file without findings;</li>
 *   <li>{@code findings}: one object per finding with the keys {@code file, ruleId, severity, pointer, line, column,
 *       message}, {@code resource} in a template, and the file's {@code operation} and {@code checkedAs}. Suppressed
 *       findings follow the reported ones, each with a {@code suppressed} object ({@code kind},
 *       {@code justification}, {@code origin}); they do not count for the exit code. A document that could not be
 *       checked is one error object of its own ({@code input.*} or {@code internal.*}, pointer {@code ""});</li>
 *   <li>{@code summary}: the counts the text summary line shows.</li>
 * </ul>
 * Version 1 was the bare array of findings, now {@code findings}. Nothing else is printed, so scripts can pipe it
 * straight into a JSON parser.
 */
public final class JsonFormatter implements ReportFormatter {

    /** The version of the output's shape; it changes only when a key changes meaning or goes away. */
    public static final int VERSION = 2;

    @Override
    public void write(RunResult run, PrintWriter out) {
        try (JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("version", VERSION);
            json.writeArrayPropertyStart("files");
            for (FileOutcome outcome : run.outcomes()) {
                json.writeTree(file(outcome));
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("findings");
            for (RunResult.Finding f : run.reported()) {
                json.writeTree(toJson(f));
            }
            for (RunResult.Finding f : run.suppressed()) {
                json.writeTree(toJson(f));
            }
            json.writeEndArray();
            json.writeName("summary");
            json.writeTree(summary(run));
            json.writeEndObject();
        }
        out.println();
        out.flush();
    }

    private static ObjectNode file(FileOutcome outcome) {
        ObjectNode node = JsonOutput.objectNode();
        node.put("file", outcome.source().displayName());
        node.put("checked", outcome instanceof FileOutcome.Checked);
        if (outcome instanceof FileOutcome.Checked c && c.operation() != null) {
            OperationChoice choice = c.operation();
            node.put("operation", choice.operation());
            node.put("operationBasis", choice.basis().wireName());
            node.put("checkedAs", choice.describe());
        }
        return node;
    }

    private static ObjectNode summary(RunResult run) {
        ObjectNode node = JsonOutput.objectNode();
        node.put("files", run.outcomes().size());
        node.put("errors", run.count(Severity.ERROR));
        node.put("warnings", run.count(Severity.WARNING));
        node.put("info", run.count(Severity.INFO));
        node.put("suppressed", run.suppressed().size());
        node.put("notChecked", run.problems().size());
        return node;
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
