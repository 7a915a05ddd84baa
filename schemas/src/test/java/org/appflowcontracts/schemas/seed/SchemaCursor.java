package org.appflowcontracts.schemas.seed;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A schema node together with the document it lives in, so that its {@code $ref}s resolve correctly.
 * Keyword look-ups see through {@code $ref}: a member schema {@code {"$ref": "#/$defs/Shape"}} answers with
 * the keywords of {@code Shape}.
 */
record SchemaCursor(SchemaDocuments documents, URI documentId, String pointer, JsonNode node) {

    /** Guards against reference cycles; real chains are two or three links long. */
    private static final int MAX_REF_CHAIN = 32;

    String location() {
        return documentId.getPath().substring(documentId.getPath().lastIndexOf('/') + 1) + "#" + pointer;
    }

    /** {@link #location()}, plus where its {@code $ref} chain ends when that is elsewhere. */
    String describedLocation() {
        java.util.List<SchemaCursor> chain = new java.util.ArrayList<>();
        refChain().forEach(chain::add);
        SchemaCursor target = chain.get(chain.size() - 1);
        return target == this ? location() : location() + " (-> " + target.location() + ")";
    }

    /** The subschema for one step of a field path, if the schema defines it. */
    Optional<SchemaCursor> step(FieldPath.Step step) {
        if (step instanceof FieldPath.Member member) {
            return property(member.name());
        }
        if (step instanceof FieldPath.Items) {
            return subschema("items");
        }
        return subschema("additionalProperties");
    }

    /** Follows every step of a path from this node. */
    Optional<SchemaCursor> walk(FieldPath path) {
        Optional<SchemaCursor> cursor = Optional.of(this);
        for (FieldPath.Step step : path.steps()) {
            cursor = cursor.flatMap(c -> c.step(step));
        }
        return cursor;
    }

    /** The first value of {@code keyword} along this node's {@code $ref} chain. */
    Optional<JsonNode> keyword(String keyword) {
        for (SchemaCursor link : refChain()) {
            JsonNode value = link.node.get(keyword);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The names under {@code type} (a string or an array of strings); empty when no type is declared. */
    Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        keyword("type").ifPresent(type -> {
            if (type.isString()) {
                types.add(type.stringValue());
            } else {
                type.values().forEach(t -> types.add(t.asString()));
            }
        });
        return types;
    }

    /** Union of the {@code required} lists along the {@code $ref} chain. */
    Set<String> required() {
        Set<String> required = new LinkedHashSet<>();
        for (SchemaCursor link : refChain()) {
            JsonNode names = link.node.get("required");
            if (names != null && names.isArray()) {
                names.values().forEach(n -> required.add(n.asString()));
            }
        }
        return required;
    }

    private Optional<SchemaCursor> property(String name) {
        for (SchemaCursor link : refChain()) {
            JsonNode properties = link.node.get("properties");
            if (properties != null && properties.has(name)) {
                return Optional.of(link.child("/properties/" + escape(name), properties.get(name)));
            }
        }
        return Optional.empty();
    }

    /** A keyword holding a subschema; {@code false}/{@code true} do not count as a described child. */
    private Optional<SchemaCursor> subschema(String keyword) {
        for (SchemaCursor link : refChain()) {
            JsonNode value = link.node.get(keyword);
            if (value != null) {
                return value.isObject() ? Optional.of(link.child("/" + keyword, value)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** This node followed by the targets of its {@code $ref}s, in order; stops at a dangling reference. */
    private Iterable<SchemaCursor> refChain() {
        java.util.List<SchemaCursor> chain = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        SchemaCursor current = this;
        while (current != null && chain.size() < MAX_REF_CHAIN && seen.add(current.location())) {
            chain.add(current);
            JsonNode ref = current.node.get("$ref");
            current = ref != null && ref.isString()
                    ? current.documents.resolve(current.documentId, ref.stringValue()).orElse(null)
                    : null;
        }
        return chain;
    }

    /** The {@code $ref} that ends this node's chain without a target, if any. */
    Optional<String> unresolvedRef() {
        java.util.List<SchemaCursor> chain = new java.util.ArrayList<>();
        refChain().forEach(chain::add);
        JsonNode ref = chain.get(chain.size() - 1).node.get("$ref");
        return ref != null ? Optional.of(ref.asString()) : Optional.empty();
    }

    private SchemaCursor child(String suffix, JsonNode value) {
        return new SchemaCursor(documents, documentId, pointer + suffix, value);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
