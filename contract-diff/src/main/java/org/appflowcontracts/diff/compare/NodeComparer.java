package org.appflowcontracts.diff.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.appflowcontracts.diff.model.BoundUnit;
import org.appflowcontracts.diff.model.Constraints;
import org.appflowcontracts.diff.model.Member;
import org.appflowcontracts.diff.model.Node;
import org.appflowcontracts.diff.model.Side;

/** Walks the old and new tree of one request or response side by side and records what differs. */
final class NodeComparer {

    private final String operation;
    private final Side side;
    private final List<Change> changes;

    NodeComparer(String operation, Side side, List<Change> changes) {
        this.operation = operation;
        this.side = side;
        this.changes = changes;
    }

    void compare(MemberPath path, Node before, Node after) {
        if (!before.type().equals(after.type())) {
            changes.add(new Change.TypeChanged(operation, side, path, before.type(), after.type()));
            return;
        }
        compareConstraints(path, BoundUnit.of(after.type()), before.constraints(), after.constraints());
        if (before.recursive() || after.recursive()) {
            return;
        }
        if (before.isStructure()) {
            compareMembers(path, before, after);
        } else if (before.element() != null && after.element() != null) {
            compare(path.then(before.isList() ? MemberPath.ELEMENT : MemberPath.VALUE), before.element(),
                    after.element());
        }
    }

    private void compareMembers(MemberPath path, Node before, Node after) {
        TreeSet<String> names = new TreeSet<>(before.members().keySet());
        names.addAll(after.members().keySet());
        for (String name : names) {
            Member old = before.members().get(name);
            Member now = after.members().get(name);
            MemberPath at = path.then(name);
            if (old == null) {
                changes.add(new Change.MemberAdded(operation, side, at, now.node(), now.required()));
            } else if (now == null) {
                changes.add(new Change.MemberRemoved(operation, side, at, old.node()));
            } else {
                if (old.required() != now.required()) {
                    changes.add(new Change.RequiredChanged(operation, side, at, now.required()));
                }
                compare(at, old.node(), now.node());
            }
        }
    }

    private void compareConstraints(MemberPath path, BoundUnit unit, Constraints before, Constraints after) {
        compareBound(path, unit, true, before.min(), after.min());
        compareBound(path, unit, false, before.max(), after.max());
        compareEnums(path, before.enumValues(), after.enumValues());
        if (!Objects.equals(before.pattern(), after.pattern())) {
            changes.add(new Change.PatternChanged(operation, side, path, before.pattern(), after.pattern()));
        }
    }

    private void compareBound(MemberPath path, BoundUnit unit, boolean minimum, BigDecimal before, BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            changes.add(new Change.BoundChanged(operation, side, path, unit, minimum, before, after));
        }
    }

    private void compareEnums(MemberPath path, List<String> before, List<String> after) {
        if (before.isEmpty() != after.isEmpty()) {
            Direction direction = before.isEmpty() ? Direction.NARROWED : Direction.WIDENED;
            changes.add(new Change.EnumRestriction(operation, side, path, direction,
                    sorted(before.isEmpty() ? after : before)));
            return;
        }
        List<String> added = new ArrayList<>(sorted(after));
        added.removeAll(before);
        List<String> removed = new ArrayList<>(sorted(before));
        removed.removeAll(after);
        if (!added.isEmpty()) {
            changes.add(new Change.EnumValuesAdded(operation, side, path, added));
        }
        if (!removed.isEmpty()) {
            changes.add(new Change.EnumValuesRemoved(operation, side, path, removed));
        }
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
