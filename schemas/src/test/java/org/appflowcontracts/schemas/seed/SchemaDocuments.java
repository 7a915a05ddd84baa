package org.appflowcontracts.schemas.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed schema documents of one API version, addressed by their {@code $id}, with {@code $ref}
 * resolution across documents ({@code shapes.schema.json#/$defs/...}) and inside one ({@code #/$defs/...}).
 */
final class SchemaDocuments {

    /** Reads the document published under an id; empty when there is none. */
    @FunctionalInterface
    interface Source {
        Optional<JsonNode> read(URI documentId);
    }

    static final URI ID_ROOT = URI.create("https://schemas.appflowcontracts.org/");
    static final URI VERSION_BASE = ID_ROOT.resolve("appflow/2020-08-23/");

    private final Source source;
    private final Map<URI, Optional<JsonNode>> loaded = new HashMap<>();

    SchemaDocuments(Source source) {
        this.source = source;
    }

    /** Documents packaged on the class path under {@code /schemas/}, mirroring their {@code $id} paths. */
    static Source classpath(JsonMapper mapper) {
        return documentId -> {
            String relative = ID_ROOT.relativize(documentId).toString();
            if (relative.equals(documentId.toString())) {
                return Optional.empty(); // not one of ours
            }
            try (InputStream in = SchemaDocuments.class.getResourceAsStream("/schemas/" + relative)) {
                return in == null ? Optional.empty() : Optional.of(mapper.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + documentId, e);
            }
        };
    }

    /** The root of an entry schema such as {@code CreateFlowRequest.schema.json}. */
    Optional<SchemaCursor> entry(String fileName) {
        URI id = VERSION_BASE.resolve(fileName);
        return document(id).map(root -> new SchemaCursor(this, id, "", root));
    }

    /** Resolves {@code ref} against the document it appears in; empty when the target does not exist. */
    Optional<SchemaCursor> resolve(URI base, String ref) {
        URI target = base.resolve(URI.create(ref));
        String fragment = target.getFragment() == null ? "" : target.getFragment();
        URI documentId = withoutFragment(target);
        return document(documentId)
                .map(root -> root.at(fragment))
                .filter(node -> !node.isMissingNode())
                .map(node -> new SchemaCursor(this, documentId, fragment, node));
    }

    private Optional<JsonNode> document(URI id) {
        return loaded.computeIfAbsent(id, source::read);
    }

    private static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return URI.create(hash < 0 ? text : text.substring(0, hash));
    }
}
