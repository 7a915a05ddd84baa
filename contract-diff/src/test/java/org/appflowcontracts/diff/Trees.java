package org.appflowcontracts.diff;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.model.Constraints;
import org.appflowcontracts.diff.model.Contract;
import org.appflowcontracts.diff.model.Member;
import org.appflowcontracts.diff.model.Node;
import org.appflowcontracts.diff.model.Operation;

/** Small hand-built contracts: one operation {@code Op} whose request and response are given. */
final class Trees {

    private Trees() {
    }

    static Node string(Constraints constraints) {
        return new Node("string", "", constraints, Map.of(), null, false);
    }

    static Node string() {
        return string(Constraints.NONE);
    }

    static Node integer(Long min, Long max) {
        return new Node("integer", "", new Constraints(decimal(min), decimal(max), List.of(), null), Map.of(),
                null, false);
    }

    static Node enumOf(String... values) {
        return string(new Constraints(null, null, List.of(values), null));
    }

    static Node pattern(String pattern) {
        return string(new Constraints(null, null, List.of(), pattern));
    }

    static Node maxLength(long max) {
        return string(new Constraints(null, decimal(max), List.of(), null));
    }

    /** A structure from name/node pairs; a name ending in '!' is required. */
    static Node structure(Object... namesAndNodes) {
        Map<String, Member> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndNodes.length; i += 2) {
            String name = (String) namesAndNodes[i];
            boolean required = name.endsWith("!");
            String bare = required ? name.substring(0, name.length() - 1) : name;
            members.put(bare, new Member(bare, required, (Node) namesAndNodes[i + 1]));
        }
        return new Node("structure", "", Constraints.NONE, members, null, false);
    }

    static Contract contract(Node request, Node response, Map<String, String> rules) {
        return new Contract("test", Map.of("Op", new Operation("Op", request, response, rules)));
    }

    static Contract request(Node request) {
        return contract(request, structure(), Map.of());
    }

    static Contract response(Node response) {
        return contract(structure(), response, Map.of());
    }

    static Change onlyChange(Contract before, Contract after) {
        List<Change> changes = ContractDiff.between(before, after).changes();
        if (changes.size() != 1) {
            throw new AssertionError("expected one change, got " + changes);
        }
        return changes.get(0);
    }

    private static BigDecimal decimal(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
