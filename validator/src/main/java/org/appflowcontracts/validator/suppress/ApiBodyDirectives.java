package org.appflowcontracts.validator.suppress;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The top-level member of an API body that carries its suppressions, {@code "x-appflow-contracts": {"ignore":
 * [...], "reason": "..."}}. It is not part of the request and is removed before the body is checked; no AppFlow
 * request or response has a member starting with {@code x-} (a test of the shipped schemas keeps it so). Remove
 * it before sending the body to AWS, e.g. {@code jq 'del(."x-appflow-contracts")'}.
 */
public final class ApiBodyDirectives {

    public static final String MEMBER = "x-appflow-contracts";

    private ApiBodyDirectives() {
    }

    /** Removes the member from a body's root, in place; returns the root. */
    public static JsonNode strip(JsonNode root) {
        if (root instanceof ObjectNode object && object.has(MEMBER)) {
            object.remove(MEMBER);
        }
        return root;
    }
}
