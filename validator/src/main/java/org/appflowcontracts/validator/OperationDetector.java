package org.appflowcontracts.validator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Guesses which document kind a file holds from its top-level members, for callers that were not told the
 * operation. The table is read top to bottom and the first matching row wins, so more specific rows come first:
 * responses (members only AWS returns), then UpdateFlow (only when the file name starts with "update" and
 * nothing CreateFlow-only is present), then CreateFlow (the common case; also chosen when nothing distinguishes the
 * two). An {@code update*} body with {@code kmsArn} or {@code tags} is therefore a CreateFlow; the choice says so,
 * each such member gets a warning ({@link UpdateNameNotice}), and a project configuration that maps the path to
 * UpdateFlow has such members reported as errors.
 */
public final class OperationDetector {

    /**
     * One row: the document kind, members that must all be present, members of which at least one must be present
     * (empty = no condition), members that must be absent, and whether the file name must start with "update".
     */
    private record Row(String kind, Set<String> all, Set<String> any, Set<String> none, boolean nameSaysUpdate) {

        boolean matches(JsonNode document, boolean updateName) {
            return all.stream().allMatch(document::has)
                    && (any.isEmpty() || any.stream().anyMatch(document::has))
                    && none.stream().noneMatch(document::has)
                    && (!nameSaysUpdate || updateName);
        }
    }

    private static final Set<String> CREATE_FLOW_ONLY = Set.of("kmsArn", "tags");
    private static final Set<String> FLOW_BODY =
            Set.of("sourceFlowConfig", "destinationFlowConfigList", "tasks", "triggerConfig");

    private static final List<Row> TABLE = List.of(
            new Row("DescribeFlowExecutionRecordsResponse", Set.of("flowExecutions"), Set.of(), Set.of(), false),
            // Not flowStatus: people copy it from CloudFormation or Terraform into request bodies, and such a
            // request must be checked as one (and get its stray member reported), not skipped as a response.
            new Row("DescribeFlowResponse", Set.of("flowName"),
                    Set.of("flowArn", "flowStatusMessage", "lastRunExecutionDetails", "lastRunMetadataCatalogDetails",
                            "createdAt", "lastUpdatedAt", "createdBy", "lastUpdatedBy", "schemaVersion"),
                    Set.of(), false),
            new Row("UpdateFlow", Set.of("flowName"), FLOW_BODY, CREATE_FLOW_ONLY, true),
            new Row("CreateFlow", Set.of("flowName"), FLOW_BODY, Set.of(), false),
            new Row("CreateConnectorProfile", Set.of("connectorProfileName", "connectorType", "connectionMode"),
                    Set.of(), Set.of(), false),
            new Row("UpdateConnectorProfile", Set.of("connectorProfileName", "connectionMode",
                    "connectorProfileConfig"), Set.of(), Set.of("connectorType"), false));

    /** Said of an update* body checked as a CreateFlow, so the surprise is visible. */
    public static final String UPDATE_NAME_OVERRULED =
            "; kmsArn or tags, which only CreateFlow takes, overrule the file name starting with \"update\"";

    private OperationDetector() {
    }

    /** The guessed document kind (an operation name, or {@code <Operation>Response}), or empty. */
    public static Optional<String> detect(JsonNode document) {
        return detect(document, null);
    }

    /**
     * As {@link #detect(JsonNode)}, using the file name only to tell UpdateFlow from CreateFlow: the two bodies
     * differ only by CreateFlow-only members, so a flow body in a file named {@code update*} is an UpdateFlow.
     */
    public static Optional<String> detect(JsonNode document, String sourceName) {
        return explain(document, sourceName).map(OperationChoice::operation);
    }

    /** As {@link #detect(JsonNode, String)}, with what decided it: the file name or the members seen. */
    public static Optional<OperationChoice> explain(JsonNode document, String sourceName) {
        if (document == null || !document.isObject()) {
            return Optional.empty();
        }
        boolean updateName = sourceName != null && fileName(sourceName).toLowerCase(Locale.ROOT).startsWith("update");
        for (Row row : TABLE) {
            if (row.matches(document, updateName)) {
                return Optional.of(row.nameSaysUpdate()
                        ? new OperationChoice(row.kind(), OperationChoice.Basis.FILE_NAME, "starts with \"update\"")
                        : new OperationChoice(row.kind(), OperationChoice.Basis.CONTENT, evidence(row, document)
                                + (updateName && row.kind().equals("CreateFlow") ? UPDATE_NAME_OVERRULED : "")));
            }
        }
        return Optional.empty();
    }

    /**
     * The CreateFlow-only members (sorted) of a flow body whose file name says UpdateFlow: what made the content
     * overrule the name. Empty for any other document or name.
     */
    public static List<String> membersOverrulingName(JsonNode document, String sourceName) {
        Optional<OperationChoice> choice = explain(document, sourceName);
        if (choice.isEmpty() || !choice.get().detail().endsWith(UPDATE_NAME_OVERRULED)) {
            return List.of();
        }
        return CREATE_FLOW_ONLY.stream().filter(document::has).sorted().toList();
    }

    /** The members that made the row match, in a stable order. */
    private static String evidence(Row row, JsonNode document) {
        TreeSet<String> seen = new TreeSet<>(row.all());
        row.any().stream().filter(document::has).forEach(seen::add);
        return String.join(", ", seen);
    }

    private static String fileName(String sourceName) {
        int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
        return sourceName.substring(slash + 1);
    }
}
