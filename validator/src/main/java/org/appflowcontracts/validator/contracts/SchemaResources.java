package org.appflowcontracts.validator.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads schema documents from the classpath by their {@code $id}. Every IRI under
 * {@value #ID_PREFIX} maps to a classpath resource under a root folder ({@code schemas/} for the shipped
 * contracts): nothing is ever fetched from the network. Parsed documents are cached; the class is thread-safe.
 */
public final class SchemaResources {

    public static final String ID_PREFIX = "https://schemas.appflowcontracts.org/";
    public static final String DEFAULT_ROOT = "schemas/";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaResources DEFAULT = new SchemaResources(DEFAULT_ROOT);

    private final String root;
    private final Map<String, Optional<JsonNode>> cache = new ConcurrentHashMap<>();

    public SchemaResources(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    /** The shipped contracts ({@code classpath:schemas/}). */
    public static SchemaResources shipped() {
        return DEFAULT;
    }

    public String root() {
        return root;
    }

    /** The classpath resource name for an IRI under our prefix, or empty for any other IRI. */
    public Optional<String> resourceName(String iri) {
        String withoutFragment = stripFragment(iri);
        if (!withoutFragment.startsWith(ID_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(root + withoutFragment.substring(ID_PREFIX.length()));
    }

    public boolean exists(String iri) {
        return resourceName(iri).map(name -> classLoader().getResource(name) != null).orElse(false);
    }

    /** Opens the document for an IRI; the caller closes the stream. Empty when absent. */
    public Optional<InputStream> open(String iri) {
        return resourceName(iri).map(name -> classLoader().getResourceAsStream(name));
    }

    /** The parsed document for an IRI, or empty when there is none. */
    public Optional<JsonNode> read(String iri) {
        return cache.computeIfAbsent(stripFragment(iri), this::load);
    }

    private Optional<JsonNode> load(String iri) {
        Optional<InputStream> stream = open(iri);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stream.get()) {
            return Optional.of(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + iri, e);
        }
    }

    static String stripFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : SchemaResources.class.getClassLoader();
    }
}
