package org.appflowcontracts.validator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.appflowcontracts.validator.contracts.DocumentKind;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.engine.FailureReducer;
import org.appflowcontracts.validator.engine.ValidationEngine;
import org.appflowcontracts.validator.engine.ValidationEngineFactory;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.SourceFiles;
import org.appflowcontracts.validator.reference.ReferenceEngine;
import org.appflowcontracts.validator.rules.ClockRules;
import org.appflowcontracts.validator.rules.RuleIndex;
import org.appflowcontracts.validator.rules.RuleMetadata;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents of one kind (an operation's request, e.g. {@code CreateFlow}, or its response, e.g.
 * {@code DescribeFlowResponse}) against the contract. Instances are immutable, cached and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = ContractValidator.forOperation("CreateFlow").validate(Path.of("flow.yaml"));
 * }</pre>
 */
public final class ContractValidator {

    private static final Map<String, ContractValidator> CACHE = new ConcurrentHashMap<>();
    /** {@link #forOperation(String)}'s answer by the canonical name asked for ({@code CreateFlow}). */
    private static final Map<String, ContractValidator> BY_NAME = new ConcurrentHashMap<>();
    /** Compiled engines found through {@link ServiceLoader}, by document kind (empty: none covers it). */
    private static final Map<String, Optional<ValidationEngine>> COMPILED = new ConcurrentHashMap<>();
    /** The engine factories a host named instead of the service look-up; null: look them up. */
    private static volatile List<ValidationEngineFactory> namedFactories;

    private final DocumentKind kind;
    private final EngineKind engineKind;
    private final ValidationEngine engine;
    private final FailureReducer reducer;
    /** The "now" of the rules that depend on the time ({@link ClockRules}). */
    private final Clock clock;

    private ContractValidator(DocumentKind kind, EngineKind engineKind, ValidationEngine engine,
            FailureReducer reducer) {
        this(kind, engineKind, engine, reducer, ClockRules.defaultClock());
    }

    private ContractValidator(DocumentKind kind, EngineKind engineKind, ValidationEngine engine,
            FailureReducer reducer, Clock clock) {
        this.kind = kind;
        this.engineKind = engineKind;
        this.engine = engine;
        this.reducer = reducer;
        this.clock = clock;
    }

    /**
     * This validator judging the rules that depend on the time (a schedule start already in the past) at
     * {@code clock}'s instant instead of the system clock's: a fixed clock makes their findings reproducible.
     */
    public ContractValidator withClock(Clock clock) {
        return new ContractValidator(kind, engineKind, engine, reducer, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The validator for an operation's request ({@code CreateFlow}) or response ({@code CreateFlowResponse}),
     * using the compiled engine when it is on the classpath and covers the document kind, else the reference
     * engine.
     *
     * @throws IllegalArgumentException for an unknown operation
     */
    public static ContractValidator forOperation(String operation) {
        // Asked once per checked file: resolving a name looks the contract up on the classpath, so remember it.
        ContractValidator known = operation == null ? null : BY_NAME.get(operation);
        if (known != null) {
            return known;
        }
        ContractValidator chosen = preferredFor(operation);
        if (chosen.kind.name().equals(operation)) {
            // Canonical names only (CreateFlow, CreateFlowResponse): the map stays as small as the catalog.
            BY_NAME.putIfAbsent(operation, chosen);
        }
        return chosen;
    }

    private static ContractValidator preferredFor(String operation) {
        DocumentKind kind = resolve(operation);
        EngineKind preferred = compiledEngine(kind).isPresent() ? EngineKind.COMPILED : EngineKind.REFERENCE;
        return forOperation(kind.name(), preferred);
    }

    /**
     * The validator for a document kind with a chosen engine.
     *
     * @throws IllegalArgumentException for an unknown operation
     * @throws IllegalStateException    when the compiled engine is requested but not available for it
     */
    public static ContractValidator forOperation(String operation, EngineKind engineKind) {
        DocumentKind kind = resolve(operation);
        // Plain code rather than lambdas on a library's first call: the first lambda of a process costs
        // milliseconds of method-handle set-up.
        String key = kind.name() + " " + engineKind;
        ContractValidator cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        ValidationEngine engine;
        if (engineKind == EngineKind.COMPILED) {
            Optional<ValidationEngine> compiled = compiledEngine(kind);
            if (compiled.isEmpty()) {
                throw new IllegalStateException("no compiled validator for " + kind.name() + " is on the classpath");
            }
            engine = compiled.get();
        } else {
            engine = ReferenceEngine.forSchema(SchemaResources.shipped(), kind.schemaIri());
        }
        ContractValidator created = new ContractValidator(kind, engineKind, engine,
                reducer(SchemaResources.shipped(), kind));
        ContractValidator raced = CACHE.putIfAbsent(key, created);
        return raced != null ? raced : created;
    }

    /**
     * The validator for a document kind against a team's own copy of the contracts (for example with house rule
     * overlays), given as a directory that stands for the contracts folder ({@code appflow/2020-08-23/}). Such
     * schemas are only known at run time, so the reference engine checks them.
     *
     * @throws IllegalArgumentException for an unknown operation, a directory without the operation's contract, or a
     *                                  file in it that is not well-formed JSON (named with its line and column)
     */
    public static ContractValidator forOperation(String operation, Path contractsDirectory) {
        DocumentKind kind = resolve(operation);
        // Keyed by the directory, so its files are read and checked once, not once per validated document.
        return CACHE.computeIfAbsent(kind.name() + " contracts " + contractsDirectory.toAbsolutePath().normalize(),
                key -> readContracts(kind, contractsDirectory));
    }

    /**
     * Like {@link #forOperation(String, Path)}, but reads the directory now instead of reusing what an earlier call
     * read: for a long-running process (an IDE's build) in which the team edits its rules between checks.
     */
    public static ContractValidator readForOperation(String operation, Path contractsDirectory) {
        return readContracts(resolve(operation), contractsDirectory);
    }

    private static ContractValidator readContracts(DocumentKind kind, Path contractsDirectory) {
        SchemaResources resources = SchemaResources.contractsCopy(contractsDirectory);
        if (!resources.exists(kind.schemaIri())) {
            throw new IllegalArgumentException(contractsDirectory + " has no "
                    + kind.schemaIri().substring(OperationCatalog.API_BASE.length()));
        }
        return new ContractValidator(kind, EngineKind.REFERENCE,
                ReferenceEngine.forSchema(resources, kind.schemaIri()), reducer(resources, kind));
    }

    // Ownership only needs the documents this kind's schema reaches, and only once something fails.
    // The shipped contracts' rule nodes were indexed at build time (RuleMetadata): no schema is parsed for them.
    private static FailureReducer reducer(SchemaResources resources, DocumentKind kind) {
        Optional<RuleMetadata> shipped = resources == SchemaResources.shipped() ? RuleMetadata.shipped()
                : Optional.empty();
        return FailureReducer.loadingOnFirstFailure(new RuleIndexLoader(shipped, resources, kind.schemaIri()));
    }

    /** The rule index of the shipped contracts from the build's metadata, else read from the schemas. */
    private record RuleIndexLoader(Optional<RuleMetadata> shipped, SchemaResources resources, String schemaIri)
            implements Supplier<RuleIndex> {
        @Override
        public RuleIndex get() {
            return shipped.isPresent() ? shipped.get().index() : RuleIndex.load(resources, List.of(schemaIri));
        }
    }

    /** The AppFlow operations (sorted); each also names its response as {@code <Operation>Response}. */
    public static List<String> operations() {
        return OperationCatalog.shipped().operations();
    }

    /**
     * The canonical name of a document kind as a user typed it, in any letter case: {@code createflow} and
     * {@code CreateFlowRequest} give {@code CreateFlow}; {@code describeflowresponse} gives
     * {@code DescribeFlowResponse}. Empty when there is no such operation.
     */
    public static Optional<String> resolveOperation(String name) {
        return OperationCatalog.shipped().resolve(name).map(DocumentKind::name);
    }

    /** The document kind this validator checks ({@code CreateFlow}, {@code DescribeFlowResponse}, ...). */
    public String operation() {
        return kind.name();
    }

    public EngineKind engineKind() {
        return engineKind;
    }

    /**
     * Validates a JSON or YAML document. YAML is chosen by a {@code .yaml}/{@code .yml} source name, otherwise
     * detected from the content.
     *
     * @param sourceName file name or label, used for syntax detection only (may be null)
     * @throws InputException when the content cannot be read as one object (with line and column)
     */
    public ValidationReport validate(byte[] content, String sourceName) throws InputException {
        return validate(LocatedParser.parse(content, sourceName));
    }

    /** Reads and validates a file. Unreadable or oversized files are reported as {@link InputException}. */
    public ValidationReport validate(Path file) throws InputException {
        return validate(SourceFiles.readForValidation(file), SourceFiles.nameOf(file));
    }

    /** Validates a tree that has no source positions: every violation gets line and column 0. */
    public ValidationReport validate(JsonNode document) {
        return validate(LocatedDocument.withoutPositions(document));
    }

    /** Validates a parsed document, locating violations by its positions. */
    public ValidationReport validate(LocatedDocument document) {
        List<Violation> found = reducer.reduce(engine.evaluate(document.root()), document);
        List<Violation> timed = ClockRules.forChecks().check(kind.name(), document, clock);
        if (!timed.isEmpty()) {
            found = Stream.concat(found.stream(), timed.stream()).sorted(FailureReducer.ORDER).toList();
        }
        return new ValidationReport(kind.name(), found);
    }

    private static DocumentKind resolve(String operation) {
        Optional<DocumentKind> kind = OperationCatalog.shipped().resolve(operation);
        if (kind.isEmpty()) {
            throw new IllegalArgumentException("unknown operation '" + operation + "'; expected one of "
                    + operations() + " (or <Operation>Response for a response body)");
        }
        return kind.get();
    }

    /**
     * Names the engine factories instead of looking them up as services. For a host whose class path is fixed and
     * known — the command line's own jar, which holds exactly these — where the service look-up (module layers,
     * then every jar's service files) is the costliest step of a fresh process's first check. Engines already
     * created for a document kind are forgotten.
     *
     * @param factories the factories, asked in this order; null to look them up as services again
     */
    public static void useEngineFactories(List<ValidationEngineFactory> factories) {
        namedFactories = factories == null ? null : List.copyOf(factories);
        COMPILED.clear();
        BY_NAME.clear();
        CACHE.clear();
    }

    private static Optional<ValidationEngine> compiledEngine(DocumentKind kind) {
        Optional<ValidationEngine> known = COMPILED.get(kind.name());
        if (known == null) {
            known = findCompiledEngine(kind.name());
            COMPILED.putIfAbsent(kind.name(), known);
        }
        return known;
    }

    /**
     * Looks through the thread's context class loader first (the application's class path, where a team's own
     * compiled contracts are), then through this library's own loader: a host whose context loader does not see
     * the library (a plugin realm, an application server) still gets the shipped compiled engine.
     */
    private static Optional<ValidationEngine> findCompiledEngine(String name) {
        List<ValidationEngineFactory> named = namedFactories;
        if (named != null) {
            return findCompiledEngine(name, named);
        }
        Optional<ValidationEngine> found = findCompiledEngine(name, ServiceLoader.load(ValidationEngineFactory.class));
        if (found.isEmpty()) {
            found = findCompiledEngine(name, ServiceLoader.load(ValidationEngineFactory.class,
                    ContractValidator.class.getClassLoader()));
        }
        return found;
    }

    private static Optional<ValidationEngine> findCompiledEngine(String name,
                                                                 Iterable<ValidationEngineFactory> factories) {
        for (ValidationEngineFactory factory : factories) {
            if (factory.kind() == EngineKind.COMPILED) {
                Optional<ValidationEngine> engine = factory.create(name);
                if (engine.isPresent()) {
                    return engine;
                }
            }
        }
        return Optional.empty();
    }
}
