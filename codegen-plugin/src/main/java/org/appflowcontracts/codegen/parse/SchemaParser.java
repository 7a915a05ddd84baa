package org.appflowcontracts.codegen.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaDocument;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.appflowcontracts.codegen.model.SchemaNode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads schema documents into the IR. Two passes: every document is read and every node built (so that
 * {@code $ref}s may point anywhere), then every {@code $ref} is checked against the node index.
 */
public final class SchemaParser {

    private static final String UNNAMED_BASE = "https://schemas.invalid/";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public SchemaGraph parse(List<SchemaInput> inputs) {
        Map<String, String> fileById = new HashMap<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        Map<String, URI> baseByFile = new HashMap<>();
        for (SchemaInput input : inputs) {
            if (input.isFormatMapping()) {
                continue;
            }
            JsonNode tree = read(input);
            URI base = baseUri(input.file(), tree);
            String previous = fileById.put(withoutFragment(base), input.file());
            if (previous != null) {
                throw new SchemaCompileException(input.file(), "/$id",
                        "the same $id is also used by " + previous);
            }
            trees.put(input.file(), tree);
            baseByFile.put(input.file(), base);
        }

        Map<SchemaLocation, SchemaNode> nodes = new HashMap<>();
        List<SchemaDocument> documents = new ArrayList<>();
        List<Keyword.Ref> refs = new ArrayList<>();
        Map<Keyword.Ref, SchemaLocation> refSites = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : trees.entrySet()) {
            String file = e.getKey();
            URI base = baseByFile.get(file);
            RefResolver resolver = (reference, at) -> {
                Keyword.Ref ref = new Keyword.Ref(reference, resolve(base, reference, at, fileById));
                refs.add(ref);
                refSites.put(ref, at);
                return ref;
            };
            NodeReader reader = new NodeReader(resolver, nodes);
            SchemaNode root = reader.read(e.getValue(), new SchemaLocation(file, ""), Optional.empty(), true);
            documents.add(new SchemaDocument(file, withoutFragment(base), root));
        }
        for (Keyword.Ref ref : refs) {
            if (!nodes.containsKey(ref.target())) {
                SchemaLocation site = refSites.get(ref);
                throw new SchemaCompileException(site.file(), site.pointer() + "/$ref",
                        "$ref '" + ref.reference() + "' points at nothing (" + ref.target() + ")");
            }
        }
        return new SchemaGraph(documents, nodes);
    }

    private JsonNode read(SchemaInput input) {
        try {
            JsonNode tree = mapper.readTree(input.content());
            if (tree == null || tree.isMissingNode()) {
                throw new SchemaCompileException(input.file(), "", "the document is empty");
            }
            SourceTextCheck.check(input.file(), tree);
            return tree;
        } catch (JacksonException e) {
            var where = e.getLocation();
            String position = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw new SchemaCompileException(input.file(), "", "not valid JSON" + position + ": " + e.getOriginalMessage(), e);
        }
    }

    private static URI baseUri(String file, JsonNode tree) {
        JsonNode id = tree.isObject() ? tree.get("$id") : null;
        String raw = id != null && id.isString() ? id.stringValue() : UNNAMED_BASE + file;
        try {
            URI uri = new URI(raw);
            if (!uri.isAbsolute()) {
                throw new SchemaCompileException(file, "/$id", "$id '" + raw + "' is not an absolute URI");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SchemaCompileException(file, "/$id", "$id '" + raw + "' is not a URI", e);
        }
    }

    private static String withoutFragment(URI uri) {
        String s = uri.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static SchemaLocation resolve(URI base, String reference, SchemaLocation at, Map<String, String> fileById) {
        URI target;
        try {
            target = base.resolve(new URI(reference));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SchemaCompileException(at.file(), at.pointer() + "/$ref", "$ref '" + reference + "' is not a URI reference", e);
        }
        String document = withoutFragment(target);
        String file = fileById.get(document);
        if (file == null) {
            throw new SchemaCompileException(at.file(), at.pointer() + "/$ref",
                    "$ref '" + reference + "' names a document that is not among the compiled schemas (" + document + ")");
        }
        String fragment = target.getFragment() == null ? "" : target.getFragment();
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            throw new SchemaCompileException(at.file(), at.pointer() + "/$ref",
                    "$ref '" + reference + "' uses an anchor; only JSON pointer fragments are supported");
        }
        return new SchemaLocation(file, fragment);
    }

    /** Creates {@link Keyword.Ref}s while nodes are read; resolution needs every document's {@code $id}. */
    interface RefResolver {
        Keyword.Ref resolve(String reference, SchemaLocation at);
    }
}
