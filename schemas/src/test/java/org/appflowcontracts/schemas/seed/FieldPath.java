package org.appflowcontracts.schemas.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * A field path in API-reference notation: members joined by {@code .}, {@code []} for the items of a list and
 * {@code {}} for the values of a map, e.g. {@code destinationFlowConfigList[].connectorType} or {@code tags{}}.
 */
record FieldPath(List<Step> steps) {

    /** One navigation step from a schema node to a child schema node. */
    sealed interface Step permits Member, Items, MapValues {
    }

    record Member(String name) implements Step {
    }

    record Items() implements Step {
    }

    record MapValues() implements Step {
    }

    static final FieldPath ROOT = new FieldPath(List.of());

    FieldPath {
        steps = List.copyOf(steps);
    }

    FieldPath then(Step step) {
        List<Step> next = new ArrayList<>(steps);
        next.add(step);
        return new FieldPath(next);
    }

    FieldPath parent() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("the root has no parent");
        }
        return new FieldPath(steps.subList(0, steps.size() - 1));
    }

    Step last() {
        return steps.get(steps.size() - 1);
    }

    static FieldPath parse(String text) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("[]", i)) {
                steps.add(new Items());
                i += 2;
            } else if (text.startsWith("{}", i)) {
                steps.add(new MapValues());
                i += 2;
            } else {
                if (text.charAt(i) == '.') {
                    if (steps.isEmpty()) {
                        throw new IllegalArgumentException("field path starts with '.': " + text);
                    }
                    i++;
                }
                int end = i;
                while (end < text.length() && ".[{".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                if (end == i) {
                    throw new IllegalArgumentException("empty member name at offset " + i + " in field path " + text);
                }
                steps.add(new Member(text.substring(i, end)));
                i = end;
            }
        }
        return new FieldPath(steps);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (step instanceof Member member) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(member.name());
            } else if (step instanceof Items) {
                text.append("[]");
            } else {
                text.append("{}");
            }
        }
        return text.toString();
    }
}
