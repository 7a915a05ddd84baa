package org.appflowcontracts.validator.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads schema documents by their {@code $id}. Every IRI under {@value #ID_PREFIX} maps to a classpath resource
 * under a root folder ({@code schemas/} for the shipped contracts) or, for a team's own copy of the contracts, IRIs
 * under a given base map to files of a directory and all others to the classpath: nothing is ever fetched from
 * the network. Parsed documents are cached; the class is thread-safe.
 */
public final class SchemaResources {

    public static final String ID_PREFIX = "https://schemas.appflowcontracts.org/";
    public static final String DEFAULT_ROOT = "schemas/";

    private static final SchemaResources DEFAULT = new SchemaResources(DEFAULT_ROOT);

    private final String root;
    private final Optional<Directory> directory;
    private final Map<String, Optional<JsonNode>> cache = new ConcurrentHashMap<>();

    /** Documents whose IRIs start with {@code iriBase} are the files below {@code path}. */
    private record Directory(String iriBase, Path path) {}

    public SchemaResources(String root) {
        this(root, Optional.empty());
    }

    private SchemaResources(String root, Optional<Directory> directory) {
        this.root = root.endsWith("/") ? root : root + "/";
        this.directory = directory;
    }

    /**
     * A team's copy of the contracts folder ({@code appflow/2020-08-23/}, with its own rule overlays): the documents
     * under that folder's IRIs are read from {@code directory}, the rest, such as the vocabulary's meta-schemas,
     * stay on the classpath. Every {@code .json} file of the copy is read once here, so a file that is not
     * well-formed JSON is named with its line and column before any engine reads it.
     *
     * @throws IllegalArgumentException naming the first file that is not well-formed JSON
     */
    public static SchemaResources contractsCopy(Path directory) {
        SchemaFiles.requireWellFormed(directory);
        return new SchemaResources(DEFAULT_ROOT,
                Optional.of(new Directory(OperationCatalog.API_BASE, directory.toAbsolutePath().normalize())));
    }

    /** Tells sets of resources apart (for caches of engines built on them). */
    public String key() {
        return directory.map(d -> root + " " + d.iriBase() + "=" + d.path()).orElse(root);
    }

    /** Where documents come from, for messages. */
    public String describe() {
        return directory.map(d -> d.path() + " (and the classpath under " + root + ")")
                .orElse("the classpath under " + root);
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
        Optional<Path> file = directoryFile(withoutFragment);
        return Optional.of(file.isPresent() ? file.get().toString()
                : root + withoutFragment.substring(ID_PREFIX.length()));
    }

    public boolean exists(String iri) {
        String withoutFragment = stripFragment(iri);
        Optional<Path> file = directoryFile(withoutFragment);
        if (file.isPresent()) {
            return Files.isRegularFile(file.get());
        }
        Optional<String> name = resourceName(iri);
        return name.isPresent() && classLoader().getResource(name.get()) != null;
    }

    /** Opens the document for an IRI; the caller closes the stream. Empty when absent. */
    public Optional<InputStream> open(String iri) {
        Optional<Path> file = directoryFile(stripFragment(iri));
        if (file.isPresent()) {
            try {
                return Files.isRegularFile(file.get()) ? Optional.of(Files.newInputStream(file.get())) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + file.get(), e);
            }
        }
        Optional<String> name = resourceName(iri);
        return name.isPresent() ? Optional.ofNullable(classLoader().getResourceAsStream(name.get())) : Optional.empty();
    }

    /** The file of the directory an IRI names, when it is under the directory's base (and stays inside it). */
    private Optional<Path> directoryFile(String iriWithoutFragment) {
        if (directory.isEmpty() || !iriWithoutFragment.startsWith(directory.get().iriBase())) {
            return Optional.empty();
        }
        Path base = directory.get().path();
        Path file = base.resolve(iriWithoutFragment.substring(directory.get().iriBase().length())).normalize();
        return file.startsWith(base) ? Optional.of(file) : Optional.empty();
    }

    /** The parsed document for an IRI, or empty when there is none. */
    public Optional<JsonNode> read(String iri) {
        // Looked up, then loaded and offered (two threads may both read a document; one copy is kept): no lambda
        // on the first finding's path, where the lambda machinery would cost milliseconds.
        String document = stripFragment(iri);
        Optional<JsonNode> known = cache.get(document);
        if (known == null) {
            Optional<JsonNode> loaded = load(document);
            known = cache.putIfAbsent(document, loaded);
            if (known == null) {
                known = loaded;
            }
        }
        return known;
    }

    private Optional<JsonNode> load(String iri) {
        Optional<InputStream> stream = open(iri);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stream.get()) {
            return Optional.of(JsonTrees.read(in));
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
