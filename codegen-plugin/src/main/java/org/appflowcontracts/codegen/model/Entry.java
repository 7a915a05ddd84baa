package org.appflowcontracts.codegen.model;

import java.util.Objects;

/**
 * One entry schema: an operation's request or response.
 *
 * @param name       the entry's name, e.g. {@code CreateFlowRequest}
 * @param operation  the operation, e.g. {@code CreateFlow}
 * @param shape      the plain entry document (types are generated from it)
 * @param contract   the document validators are compiled from: the {@code .contract} document when there is
 *                   one, else the plain entry document
 */
public record Entry(String name, String operation, SchemaDocument shape, SchemaDocument contract) {

    public Entry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(contract, "contract");
    }
}
