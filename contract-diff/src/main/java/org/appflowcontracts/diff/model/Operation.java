package org.appflowcontracts.diff.model;

import java.util.Map;
import java.util.Objects;

/**
 * One operation of a contract version.
 *
 * @param rules the rule overlays that apply to its request, rule id to severity ({@code error}, {@code warning},
 *              {@code info}); empty for an AWS service model, which has none
 */
public record Operation(String name, Node request, Node response, Map<String, String> rules) {

    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        rules = Map.copyOf(rules);
    }

    public Node node(Side side) {
        return side == Side.REQUEST ? request : response;
    }
}
