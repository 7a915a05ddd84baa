package org.appflowcontracts.diff.model;

import java.util.Map;
import java.util.Objects;

/**
 * One value position of a request or response: its type and constraints, and what it contains.
 *
 * @param type        the model's type name ({@code structure}, {@code list}, {@code map}, {@code string},
 *                    {@code integer}, {@code long}, {@code double}, {@code boolean}, {@code timestamp}, {@code blob});
 *                    {@code number} when a contracts folder does not say which numeric type
 * @param shape       the shape's name in its model, or empty when unnamed
 * @param constraints bounds, enum values and pattern of this position
 * @param members     a structure's members in model order (empty for other types)
 * @param element     a list's element or a map's value, else null
 * @param recursive   true when the shape already encloses this position: its children are not repeated
 */
public record Node(String type, String shape, Constraints constraints, Map<String, Member> members, Node element,
        boolean recursive) {

    public Node {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(constraints, "constraints");
        members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }

    /** The response of an operation without an output: an empty structure. */
    public static Node emptyStructure() {
        return new Node("structure", "", Constraints.NONE, Map.of(), null, false);
    }

    public boolean isStructure() {
        return "structure".equals(type);
    }

    public boolean isList() {
        return "list".equals(type);
    }

    public boolean isMap() {
        return "map".equals(type);
    }
}
