package org.appflowcontracts.diff.model;

import java.util.Map;
import java.util.Objects;

/**
 * One operation of a contract version.
 *
 * @param rules the rule overlays that apply to its request, rule id to severity ({@code error}, {@code warning},
 *              {@code info}); empty for an AWS service model, which has none
 * @param ruleChecks rule id to a canonical text of what the rule tests (its schema without messages, examples and
 *              other documentation), so that a rule whose condition changed under the same id is seen
 */
public record Operation(String name, Node request, Node response, Map<String, String> rules,
        Map<String, String> ruleChecks) {

    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        rules = Map.copyOf(rules);
        ruleChecks = Map.copyOf(ruleChecks);
    }

    /** An operation whose rules carry no check text (service models, hand-built trees). */
    public Operation(String name, Node request, Node response, Map<String, String> rules) {
        this(name, request, response, rules, Map.of());
    }

    public Node node(Side side) {
        return side == Side.REQUEST ? request : response;
    }
}
