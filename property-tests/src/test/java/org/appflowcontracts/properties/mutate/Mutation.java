package org.appflowcontracts.properties.mutate;

import tools.jackson.databind.JsonNode;

/**
 * A valid generated request and a copy of it that breaks exactly one rule.
 *
 * @param operation the document kind both are validated as
 * @param ruleId    the overlay rule the mutation breaks
 * @param pointer   where that rule must report
 * @param valid     the generated request before the mutation
 * @param mutated   the request after it
 */
public record Mutation(String operation, String ruleId, String pointer, JsonNode valid, JsonNode mutated) {
}
