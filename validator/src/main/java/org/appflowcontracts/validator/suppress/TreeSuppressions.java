package org.appflowcontracts.validator.suppress;

import java.util.Map;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import tools.jackson.databind.JsonNode;

/**
 * Suppressions written as data: an API body's {@value ApiBodyDirectives#MEMBER} member (the whole file) and a
 * CloudFormation resource's {@code Metadata.appflow-contracts} (that resource), both
 * {@code {ignore: [RULE_ID, ...], reason: "..."}}.
 */
final class TreeSuppressions {

    static final String METADATA_KEY = "appflow-contracts";

    private TreeSuppressions() {
    }

    static void read(LocatedDocument document, InSourceSuppressions.Found found) {
        JsonNode root = document.root();
        if (root == null || !root.isObject()) {
            return;
        }
        if (root.has(ApiBodyDirectives.MEMBER)) {
            directive(document, "/" + JsonPointers.escape(ApiBodyDirectives.MEMBER), new Suppression.WholeFile(),
                    found);
        }
        JsonNode resources = root.get("Resources");
        if (resources != null && resources.isObject()) {
            for (Map.Entry<String, JsonNode> resource : resources.properties()) {
                JsonNode metadata = resource.getValue().path("Metadata");
                if (metadata.isObject() && metadata.has(METADATA_KEY)) {
                    String pointer = "/Resources/" + JsonPointers.escape(resource.getKey()) + "/Metadata/" + METADATA_KEY;
                    directive(document, pointer, new Suppression.InResource(resource.getKey()), found);
                }
            }
        }
    }

    private static void directive(LocatedDocument document, String pointer, Suppression.Scope scope,
            InSourceSuppressions.Found found) {
        JsonNode value = document.root().at(pointer);
        Position at = document.positionOf(pointer);
        JsonNode ignore = value.path("ignore");
        if (!value.isObject() || !(ignore.isArray() || ignore.isString())) {
            found.invalid("Write the suppression as {ignore: [RULE_ID, ...], reason: \"...\"}.", at.line(), at.column());
            return;
        }
        String reason = value.path("reason").isString() ? value.path("reason").asString() : "";
        String origin = scope instanceof Suppression.InResource r ? "Metadata of " + r.resource() : pointer.substring(1);
        for (JsonNode id : ignore.isArray() ? ignore : java.util.List.of(ignore)) {
            Position idAt = document.positionOf(pointer + "/ignore");
            if (id.isString()) {
                found.add(id.asString(), scope, reason, origin, idAt.line(), idAt.column());
            } else {
                found.invalid("List rule ids as strings under ignore.", idAt.line(), idAt.column());
            }
        }
    }
}
