package org.appflowcontracts.diff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.appflowcontracts.diff.model.Contract;
import org.appflowcontracts.diff.model.Operation;
import org.appflowcontracts.diff.model.Side;

/** Compares two contract versions operation by operation: request, response, then rules. */
final class ContractComparer {

    private ContractComparer() {
    }

    static List<Change> compare(Contract before, Contract after) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.operations().keySet());
        names.addAll(after.operations().keySet());
        for (String name : names) {
            Operation old = before.operations().get(name);
            Operation now = after.operations().get(name);
            if (old == null) {
                changes.add(new Change.OperationAdded(name));
            } else if (now == null) {
                changes.add(new Change.OperationRemoved(name));
            } else {
                for (Side side : Side.values()) {
                    new NodeComparer(name, side, changes).compare(MemberPath.ROOT, old.node(side), now.node(side));
                }
                compareRules(name, old.rules(), now.rules(), changes);
            }
        }
        return changes;
    }

    private static void compareRules(String operation, Map<String, String> before, Map<String, String> after,
            List<Change> changes) {
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            String old = before.get(id);
            String now = after.get(id);
            if (old == null) {
                changes.add(new Change.RuleAdded(operation, id, now));
            } else if (now == null) {
                changes.add(new Change.RuleRemoved(operation, id, old));
            } else if (!old.equals(now)) {
                changes.add(new Change.RuleSeverityChanged(operation, id, old, now));
            }
        }
    }
}
