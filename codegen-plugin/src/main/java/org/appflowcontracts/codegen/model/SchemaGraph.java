package org.appflowcontracts.codegen.model;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * All parsed documents with every node indexed by location, so {@link Keyword.Ref} targets can be looked up.
 */
public record SchemaGraph(List<SchemaDocument> documents, Map<SchemaLocation, SchemaNode> nodes) {

    public SchemaGraph {
        documents = List.copyOf(documents);
        nodes = Map.copyOf(nodes);
    }

    public SchemaNode node(SchemaLocation location) {
        SchemaNode node = nodes.get(location);
        if (node == null) {
            throw new NoSuchElementException("no schema node at " + location);
        }
        return node;
    }

    public SchemaDocument document(String file) {
        return documents.stream()
                .filter(d -> d.file().equals(file))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no schema document " + file));
    }

    /** Follows {@code $ref}-only nodes to the node that carries the actual assertions. */
    public SchemaNode dereference(SchemaNode node) {
        SchemaNode current = node;
        for (int hops = 0; hops < 64; hops++) {
            if (current.keywords().size() == 1 && current.keywords().get(0) instanceof Keyword.Ref ref) {
                current = node(ref.target());
            } else {
                return current;
            }
        }
        throw new IllegalStateException("$ref cycle at " + node.location());
    }
}
