package org.appflowcontracts.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.cli.FileOutcome;
import org.appflowcontracts.validator.cli.InputProblem;
import org.appflowcontracts.validator.cli.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file's outcome as stored between builds. Only outcomes that follow from the file's content are stored: a file
 * that could not be read, or whose check failed inside the tool, is checked again next time.
 */
final class OutcomeCodec {

    private final JsonMapper mapper;

    OutcomeCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Findings kept from the report by a suppression are not stored: such a file is checked on every build. */
    static boolean reusable(FileOutcome outcome) {
        return (outcome instanceof FileOutcome.Checked checked && checked.suppressed().isEmpty())
                || (outcome instanceof FileOutcome.Failed failed
                        && (failed.problem().ruleId().equals(InputProblem.MALFORMED)
                                || failed.problem().ruleId().equals(InputProblem.UNKNOWN_OPERATION)));
    }

    ObjectNode encode(FileOutcome outcome) {
        ObjectNode node = mapper.createObjectNode();
        if (outcome instanceof FileOutcome.Checked checked) {
            node.put("operation", checked.report().operation());
            if (checked.operation() != null) {
                node.putObject("choice").put("operation", checked.operation().operation())
                        .put("basis", checked.operation().basis().name()).put("detail", checked.operation().detail());
            }
            ArrayNode violations = node.putArray("violations");
            checked.report().violations().forEach(v -> violations.add(encode(v)));
        } else {
            InputProblem problem = ((FileOutcome.Failed) outcome).problem();
            node.put("problem", problem.ruleId()).put("message", problem.message())
                    .put("line", problem.line()).put("column", problem.column());
        }
        return node;
    }

    /** The stored outcome for this file, or empty when the entry is not one this version wrote. */
    Optional<FileOutcome> decode(JsonNode node, Path file, String displayName) {
        InputSource source = new InputSource(displayName, file);
        if (node.has("problem")) {
            return Optional.of(new FileOutcome.Failed(source, new InputProblem(node.get("problem").asString(),
                    node.path("message").asString(), node.path("line").asInt(), node.path("column").asInt())));
        }
        if (!node.has("operation") || !node.path("violations").isArray()) {
            return Optional.empty();
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : node.get("violations")) {
            violations.add(decodeViolation(v));
        }
        return Optional.of(new FileOutcome.Checked(source,
                new ValidationReport(node.get("operation").asString(), violations), choice(node.get("choice")),
                List.of()));
    }

    private static OperationChoice choice(JsonNode node) {
        return node == null ? null : new OperationChoice(node.path("operation").asString(),
                OperationChoice.Basis.valueOf(node.path("basis").asString()), node.path("detail").asString());
    }

    private ObjectNode encode(Violation v) {
        ObjectNode node = mapper.createObjectNode()
                .put("ruleId", v.ruleId()).put("severity", v.severity().wireName()).put("pointer", v.pointer())
                .put("schemaLocation", v.schemaLocation()).put("message", v.message())
                .put("line", v.line()).put("column", v.column());
        if (v.resource() != null) {
            node.put("resource", v.resource());
        }
        return node;
    }

    private static Violation decodeViolation(JsonNode v) {
        JsonNode resource = v.get("resource");
        return new Violation(v.path("ruleId").asString(), Severity.fromWireName(v.path("severity").asString()),
                v.path("pointer").asString(), v.path("schemaLocation").asString(), v.path("message").asString(),
                v.path("line").asInt(), v.path("column").asInt(), resource == null ? null : resource.asString());
    }
}
