package org.appflowcontracts.codegen.importer;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parts of a botocore service model the importer uses.
 *
 * @param apiVersion  {@code metadata.apiVersion}, e.g. {@code 2020-08-23}
 * @param operations  operations in model order
 * @param shapes      shapes by name, sorted by name
 */
public record ServiceModel(String apiVersion, List<Operation> operations, SortedMap<String, Shape> shapes) {

    public ServiceModel {
        operations = List.copyOf(operations);
        shapes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(shapes));
    }

    /** An operation; {@code input}/{@code output} are shape names or {@code null} when absent. */
    public record Operation(String name, String input, String output) {
    }

    public Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("unknown shape '" + name + "'");
        }
        return shape;
    }

    public Map<String, Shape> shapesByName() {
        return shapes;
    }
}
