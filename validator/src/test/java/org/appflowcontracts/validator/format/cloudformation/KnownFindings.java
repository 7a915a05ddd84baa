package org.appflowcontracts.validator.format.cloudformation;

import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * The error findings on a request that cannot depend on an unknown value: neither the value they point at, nor
 * one of its ancestors, nor anything below it is unknown. (Until the engines evaluate unknowns three-valued, a
 * check that reads an unknown may fail for the wrong reason.)
 */
final class KnownFindings {

    private KnownFindings() {
    }

    static List<Violation> errors(ValidationReport report, JsonNode request) {
        return report.violations().stream()
                .filter(v -> v.severity() == Severity.ERROR)
                .filter(v -> !touchesUnknown(request, v.pointer()))
                .toList();
    }

    static boolean touchesUnknown(JsonNode request, String pointer) {
        JsonNode node = request;
        for (String token : JsonPointers.tokens(pointer)) {
            if (Unknowns.isUnknown(node)) {
                return true;
            }
            node = node.isArray() ? node.path(parseIndex(token)) : node.path(token);
        }
        return containsUnknown(node);
    }

    static boolean containsUnknown(JsonNode node) {
        if (Unknowns.isUnknown(node)) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsUnknown(child)) {
                return true;
            }
        }
        return false;
    }

    private static int parseIndex(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
