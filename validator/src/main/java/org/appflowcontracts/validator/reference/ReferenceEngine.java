package org.appflowcontracts.validator.reference;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.ResourceLoader;
import java.io.FileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.engine.ValidationEngine;
import tools.jackson.databind.JsonNode;

/**
 * The reference engine: networknt json-schema-validator interpreting the schemas and overlays from the classpath.
 * Schemas are resolved only through {@link SchemaResources} (never the network); patterns use the JDK regex
 * engine (the schemas' patterns are written so that it agrees with ECMA-262; see
 * {@link StackSafeRegularExpressionFactory}). One compiled {@link Schema} per
 * schema IRI is cached and shared; evaluation is thread-safe.
 */
public final class ReferenceEngine implements ValidationEngine {

    private static final Map<String, SchemaRegistry> REGISTRIES = new ConcurrentHashMap<>();
    private static final Map<String, ReferenceEngine> ENGINES = new ConcurrentHashMap<>();

    private final Schema schema;

    private ReferenceEngine(Schema schema) {
        this.schema = schema;
    }

    /** The engine for the document schema {@code schemaIri} under {@code resources} (cached). */
    public static ReferenceEngine forSchema(SchemaResources resources, String schemaIri) {
        return ENGINES.computeIfAbsent(resources.key() + " " + schemaIri, key -> {
            if (!resources.exists(schemaIri)) {
                throw new IllegalStateException("schema " + schemaIri + " is not in " + resources.describe());
            }
            Schema schema = registry(resources).getSchema(SchemaLocation.of(schemaIri));
            schema.initializeValidators();
            return new ReferenceEngine(schema);
        });
    }

    @Override
    public List<RawFailure> evaluate(JsonNode document) {
        List<Error> errors = schema.validate(document);
        List<RawFailure> failures = new ArrayList<>(errors.size());
        for (Error error : errors) {
            failures.add(ErrorTranslator.translate(error));
        }
        return failures;
    }

    private static SchemaRegistry registry(SchemaResources resources) {
        return REGISTRIES.computeIfAbsent(resources.key(), key -> {
            ResourceLoader localOnly = iri -> {
                Optional<String> name = resources.resourceName(iri.toString());
                if (name.isEmpty() || !resources.exists(iri.toString())) {
                    return null;
                }
                return () -> resources.open(iri.toString())
                        .orElseThrow(() -> new FileNotFoundException(name.get()));
            };
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .regularExpressionFactory(StackSafeRegularExpressionFactory.INSTANCE)
                    .build();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                    .dialectRegistry(new BasicDialectRegistry(AppflowDialects.all()))
                    .schemaRegistryConfig(config)
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .resourceLoaders(loaders -> loaders.add(localOnly))));
        });
    }
}
