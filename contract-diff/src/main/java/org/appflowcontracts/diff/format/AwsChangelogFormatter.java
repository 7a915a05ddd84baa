package org.appflowcontracts.diff.format;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.compare.MemberPath;
import org.appflowcontracts.diff.model.Member;
import org.appflowcontracts.diff.model.Node;
import org.appflowcontracts.diff.model.Side;

/**
 * The layout of the published AWS API changelogs: per operation {@code <Operation> (updated)}, then per side
 * {@code Changes (request)} / {@code Changes (response)} and the tree of what was added, as Python's pprint prints
 * it at its default width of 80. Like those changelogs it shows additions only (new members with their types, new
 * enum values as a set); lists and maps on the way to a change are not shown as levels.
 */
final class AwsChangelogFormatter implements DiffFormatter {

    private static final PythonPrettyPrinter PPRINT = new PythonPrettyPrinter(80);

    @Override
    public String format(ContractDiff diff) {
        Map<String, Map<Side, Map<String, Object>>> trees = new TreeMap<>();
        Set<String> added = new LinkedHashSet<>();
        for (Change change : diff.changes()) {
            if (change instanceof Change.OperationAdded) {
                added.add(change.operation());
            }
            Object value = addedValue(change);
            if (value != null) {
                Map<String, Object> tree = trees.computeIfAbsent(change.operation(), k -> new EnumMap<>(Side.class))
                        .computeIfAbsent(change.side(), k -> new TreeMap<>());
                place(tree, change.path(), value);
            }
        }
        List<String> blocks = new ArrayList<>();
        added.forEach(operation -> blocks.add(operation + " (new)\n"));
        trees.forEach((operation, sides) -> blocks.add(block(operation, sides)));
        return String.join("\n", blocks);
    }

    private static String block(String operation, Map<Side, Map<String, Object>> sides) {
        StringBuilder out = new StringBuilder(operation).append(" (updated)\n");
        sides.forEach((side, tree) -> out.append("Changes (").append(side.label()).append(")\n")
                .append(PPRINT.format(tree)).append('\n'));
        return out.toString();
    }

    private static Object addedValue(Change change) {
        if (change instanceof Change.MemberAdded m) {
            return typeTree(m.node());
        }
        if (change instanceof Change.EnumValuesAdded e) {
            return new LinkedHashSet<>(e.values());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> tree, MemberPath path, Object value) {
        List<String> names = path.segments().stream()
                .filter(s -> !s.equals(MemberPath.ELEMENT) && !s.equals(MemberPath.VALUE)).toList();
        Map<String, Object> level = tree;
        for (String name : names.subList(0, names.size() - 1)) {
            level = (Map<String, Object>) level.computeIfAbsent(name, k -> new TreeMap<>());
        }
        level.put(names.get(names.size() - 1), value);
    }

    /** An added member as the changelogs show it: structures as their members, lists as one element. */
    private static Object typeTree(Node node) {
        if (node.isStructure() && !node.recursive()) {
            Map<String, Object> members = new TreeMap<>();
            for (Member member : node.members().values()) {
                members.put(member.name(), typeTree(member.node()));
            }
            return members;
        }
        if (node.isList() && node.element() != null) {
            return List.of(typeTree(node.element()));
        }
        if (node.isMap() && node.element() != null) {
            return Map.of("string", typeTree(node.element()));
        }
        return node.type();
    }
}
