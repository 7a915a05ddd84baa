package org.appflowcontracts.codegen.model;

import java.util.List;

/** A string shape restricted to an {@code enum}: becomes a Java enum carrying each wire value. */
public record EnumType(String name, SchemaLocation location, String description, List<Constant> constants) {

    public EnumType {
        constants = List.copyOf(constants);
    }

    public record Constant(String javaName, String wireValue) {}
}
