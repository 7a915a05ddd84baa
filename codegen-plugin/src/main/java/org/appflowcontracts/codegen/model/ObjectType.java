package org.appflowcontracts.codegen.model;

import java.util.List;

/** An object shape with declared members: becomes a record. Fields are in schema order. */
public record ObjectType(String name, SchemaLocation location, String description, List<Field> fields) {

    public ObjectType {
        fields = List.copyOf(fields);
    }

    /**
     * One member.
     *
     * @param wireName    the JSON member name
     * @param javaName    a legal Java identifier for the component
     * @param type        the Java typing of the value
     * @param required    whether the schema lists the member in {@code required}
     * @param description documentation from the member or its shape, or empty
     * @param bounds      the value's length, size, range and pattern keywords, from the member and the shapes it
     *                    refers to, in schema order (documentation only: validators check the schema itself)
     */
    public record Field(String wireName, String javaName, TypeRef type, boolean required, String description,
            List<Keyword> bounds) {

        public Field {
            bounds = List.copyOf(bounds);
        }
    }
}
