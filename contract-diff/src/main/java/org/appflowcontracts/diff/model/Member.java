package org.appflowcontracts.diff.model;

import java.util.Objects;

/** A structure member: its name, whether callers must send (or readers always get) it, and its value. */
public record Member(String name, boolean required, Node node) {

    public Member {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
    }
}
