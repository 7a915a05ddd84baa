package org.appflowcontracts.validator.cli;

import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.suppress.Suppression;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF parts about files and suppressions: one artifact per checked file, with the operation it was checked
 * as ({@code properties.operation}, {@code properties.checkedAs}), and a result's {@code suppressions}.
 */
final class SarifArtifacts {

    private SarifArtifacts() {
    }

    static ArrayNode of(RunResult run, SarifLocations locations) {
        ArrayNode artifacts = JsonOutput.arrayNode();
        for (FileOutcome outcome : run.outcomes()) {
            ObjectNode artifact = artifacts.addObject();
            artifact.set("location", locations.location(outcome.source(), 0, 0).get("physicalLocation")
                    .get("artifactLocation"));
            if (outcome instanceof FileOutcome.Checked c && c.operation() != null) {
                OperationChoice choice = c.operation();
                artifact.putObject("properties")
                        .put("operation", choice.operation())
                        .put("operationBasis", choice.basis().wireName())
                        .put("checkedAs", choice.describe());
            }
        }
        return artifacts;
    }

    static ArrayNode suppressions(Suppression by) {
        ArrayNode list = JsonOutput.arrayNode();
        ObjectNode suppression = list.addObject();
        suppression.put("kind", by.kind().wireName());
        suppression.put("status", "accepted");
        if (!by.justification().isEmpty()) {
            suppression.put("justification", by.justification());
        }
        suppression.putObject("properties").put("origin", by.origin());
        return list;
    }
}
