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
                compareRules(name, old, now, changes);
            }
        }
        return changes;
    }

    private static void compareRules(String operation, Operation oldOp, Operation newOp, List<Change> changes) {
        Map<String, String> before = oldOp.rules();
        Map<String, String> after = newOp.rules();
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
            if (old != null && now != null && checkChanged(oldOp, newOp, id)) {
                changes.add(new Change.RuleCheckChanged(operation, id, now));
            }
        }
    }

    // A side without check texts (a service model) has nothing to compare.
    private static boolean checkChanged(Operation before, Operation after, String id) {
        String old = before.ruleChecks().get(id);
        String now = after.ruleChecks().get(id);
        return old != null && now != null && !old.equals(now);
    }
}
