package org.appflowcontracts.validator.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.parse.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * Where the rules are: every {@code appflowRule} node in every schema document reachable (through {@code $ref})
 * from a set of entry schemas, indexed by document and JSON Pointer. Answers "which rule owns a failing keyword":
 * the nearest enclosing rule node of the keyword's location <em>in its own document</em> (walking the pointer
 * upward), as the reporting model prescribes. Immutable and thread-safe once loaded.
 */
public final class RuleIndex {

    private static final String RULE_KEYWORD = "appflowRule";

    /** document IRI → (pointer of a rule node → rule). */
    private final Map<String, Map<String, RuleInfo>> rulesByDocument;
    /** document IRI → the document, for messages that name what a failing schema describes. */
    private final Function<String, JsonNode> documents;
    /** Whether messages may read the build's {@link MessageSchemas} instead of the documents. */
    private final boolean shippedMessageSchemas;

    private RuleIndex(Map<String, Map<String, RuleInfo>> rulesByDocument, Function<String, JsonNode> documents,
            boolean shippedMessageSchemas) {
        this.rulesByDocument = rulesByDocument;
        this.documents = documents;
        this.shippedMessageSchemas = shippedMessageSchemas;
    }

    /**
     * An index whose rule nodes were found at build time ({@link RuleMetadata}): only a document a message needs
     * is read, when it is first needed, instead of every document reachable from the entries.
     */
    static RuleIndex precomputed(Map<String, Map<String, RuleInfo>> rulesByDocument, SchemaResources resources) {
        return new RuleIndex(rulesByDocument, new ReadOnFirstUse(rulesByDocument, resources), true);
    }

    /**
     * The index of shipped documents that hold no rule (the formats' resource schemas), read only if a message
     * needs a part of one that the build's {@link MessageSchemas} do not hold.
     */
    public static RuleIndex shippedWithoutRules(Collection<String> documentIris) {
        Map<String, Map<String, RuleInfo>> none = new TreeMap<>();
        for (String iri : documentIris) {
            none.put(stripFragment(iri), Map.of());
        }
        Map<String, Map<String, RuleInfo>> rules = Collections.unmodifiableMap(none);
        return precomputed(rules, SchemaResources.shipped());
    }

    /**
     * The documents of a precomputed index, each read when first asked for. A named class, not a lambda: the
     * first finding of a run comes here, and a process's first lambda costs milliseconds of method-handle set-up.
     */
    private static final class ReadOnFirstUse implements Function<String, JsonNode> {
        private final Map<String, Map<String, RuleInfo>> rulesByDocument;
        private final SchemaResources resources;
        private final Map<String, Optional<JsonNode>> read = new ConcurrentHashMap<>();

        ReadOnFirstUse(Map<String, Map<String, RuleInfo>> rulesByDocument, SchemaResources resources) {
            this.rulesByDocument = rulesByDocument;
            this.resources = resources;
        }

        @Override
        public JsonNode apply(String iri) {
            if (!rulesByDocument.containsKey(iri)) {
                return null;
            }
            Optional<JsonNode> document = read.get(iri);
            if (document == null) {
                document = resources.read(iri);
                Optional<JsonNode> earlier = read.putIfAbsent(iri, document);
                document = earlier == null ? document : earlier;
            }
            return document.orElse(null);
        }
    }

    /** Loads the documents reachable from {@code entryIris} and indexes their rule nodes. */
    public static RuleIndex load(SchemaResources resources, Collection<String> entryIris) {
        Map<String, Map<String, RuleInfo>> index = new TreeMap<>();
        Map<String, JsonNode> trees = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>(entryIris);
        Set<String> seen = new TreeSet<>();
        while (!pending.isEmpty()) {
            String iri = stripFragment(pending.pop());
            if (!seen.add(iri)) {
                continue;
            }
            Optional<JsonNode> document = resources.read(iri);
            if (document.isEmpty()) {
                continue;
            }
            Map<String, RuleInfo> rules = new LinkedHashMap<>();
            scan(document.get(), "", iri, rules, pending);
            index.put(iri, Collections.unmodifiableMap(rules));
            trees.put(iri, document.get());
        }
        Map<String, JsonNode> documents = Collections.unmodifiableMap(trees);
        return new RuleIndex(Collections.unmodifiableMap(index), documents::get, false);
    }

    /** The rule owning a keyword at {@code schemaPointer} in {@code documentIri}, if any. */
    public Optional<RuleInfo> owner(String documentIri, String schemaPointer) {
        Map<String, RuleInfo> rules = rulesByDocument.get(stripFragment(documentIri));
        if (rules == null || rules.isEmpty()) {
            return Optional.empty();
        }
        for (String p = schemaPointer; p != null; p = JsonPointers.parent(p)) {
            RuleInfo rule = rules.get(p);
            if (rule != null) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The schema node at {@code pointer} in an indexed document, if both exist. */
    public Optional<JsonNode> schemaNode(String documentIri, String pointer) {
        JsonNode document = documents.apply(stripFragment(documentIri));
        if (document == null) {
            return Optional.empty();
        }
        JsonNode node = document.at(pointer);
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /**
     * The schema object at {@code pointer} as a type-level message reads it: for the shipped documents the build's
     * excerpt of it ({@link MessageSchemas}; no document read), otherwise the node itself.
     */
    public Optional<JsonNode> messageSchema(String documentIri, String pointer) {
        String document = stripFragment(documentIri);
        if (shippedMessageSchemas) {
            Optional<MessageSchemas> excerpts = MessageSchemas.shipped();
            if (excerpts.isPresent() && excerpts.get().covers(document)) {
                return excerpts.get().at(document, pointer);
            }
        }
        return schemaNode(document, pointer);
    }

    /** Every indexed document IRI. */
    public Set<String> documents() {
        return rulesByDocument.keySet();
    }

    /** Every rule node, in document then pointer order. */
    public Collection<RuleInfo> ruleNodes() {
        return rulesByDocument.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    private static void scan(JsonNode node, String pointer, String iri, Map<String, RuleInfo> rules,
            Deque<String> pending) {
        if (node.isObject()) {
            JsonNode annotation = node.get(RULE_KEYWORD);
            if (annotation != null && annotation.isObject()) {
                rules.put(pointer, RuleInfo.fromAnnotation(annotation, iri, pointer));
            }
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                resolve(iri, ref.asString()).ifPresent(pending::add);
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!member.getKey().equals(RULE_KEYWORD)) {
                    scan(member.getValue(), JsonPointers.append(pointer, member.getKey()), iri, rules, pending);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), JsonPointers.append(pointer, i), iri, rules, pending);
            }
        }
    }

    private static Optional<String> resolve(String base, String ref) {
        try {
            String target = stripFragment(new URI(base).resolve(new URI(ref)).toString());
            return target.startsWith(SchemaResources.ID_PREFIX) ? Optional.of(target) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String stripFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
