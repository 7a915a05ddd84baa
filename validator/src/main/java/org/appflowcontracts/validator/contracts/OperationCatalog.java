package org.appflowcontracts.validator.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.TreeSet;
import org.appflowcontracts.validator.rules.RuleMetadata;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the AppFlow API (read from the service model shipped with the schemas) and the schema that
 * applies to each request and response. A request uses {@code <Op>Request.contract.schema.json} (the imported
 * schema plus the rule overlays) when present, else the imported {@code <Op>Request.schema.json}.
 */
public final class OperationCatalog {

    public static final String API_BASE = SchemaResources.ID_PREFIX + "appflow/2020-08-23/";
    static final String MODEL_RESOURCE = "aws-model/appflow/appflow-2020-08-23.json";

    // The operation names and the shipped documents come from the build's rule metadata; the service model is
    // parsed, and the class path asked which contract documents exist, only without it.
    // (No lambda here: this runs on a library's first call, where the first lambda costs milliseconds.)
    private static final OperationCatalog SHIPPED = RuleMetadata.shipped().isPresent()
            ? new OperationCatalog(SchemaResources.shipped(), RuleMetadata.shipped().get().operations(),
                    RuleMetadata.shipped().get().documents())
            : new OperationCatalog(SchemaResources.shipped(), readOperations(), null);

    private final SchemaResources resources;
    private final List<String> operations;
    /** The documents known to exist (the build's list for the shipped schemas); null: ask {@code resources}. */
    private final Set<String> documents;

    OperationCatalog(SchemaResources resources, List<String> operations, Set<String> documents) {
        this.resources = resources;
        this.operations = List.copyOf(operations);
        this.documents = documents;
    }

    public static OperationCatalog shipped() {
        return SHIPPED;
    }

    /** The shipped schemas with the operations read from the service model itself (what the build records). */
    public static OperationCatalog fromServiceModel() {
        return new OperationCatalog(SchemaResources.shipped(), readOperations(), null);
    }

    /** All operation names, sorted. */
    public List<String> operations() {
        return operations;
    }

    /**
     * Resolves {@code CreateFlow} / {@code CreateFlowRequest} (request) or {@code CreateFlowResponse} (response),
     * in any letter case; empty when the name is unknown.
     */
    public Optional<DocumentKind> resolve(String name) {
        if (name == null) {
            return Optional.empty();
        }
        name = canonicalCase(name.strip());
        if (name.endsWith("Response") && operations.contains(strip(name, "Response"))) {
            String operation = strip(name, "Response");
            return Optional.of(new DocumentKind(name, operation, true, API_BASE + operation + "Response.schema.json"));
        }
        String operation = name.endsWith("Request") ? strip(name, "Request") : name;
        if (!operations.contains(operation)) {
            return Optional.empty();
        }
        String contract = API_BASE + operation + "Request.contract.schema.json";
        boolean exists = documents != null ? documents.contains(contract) : resources.exists(contract);
        String schema = exists ? contract : API_BASE + operation + "Request.schema.json";
        return Optional.of(new DocumentKind(operation, operation, false, schema));
    }

    /** Every addressable document kind: each operation's request then its response. */
    public List<DocumentKind> documentKinds() {
        List<DocumentKind> kinds = new ArrayList<>();
        for (String operation : operations) {
            resolve(operation).ifPresent(kinds::add);
            resolve(operation + "Response").ifPresent(kinds::add);
        }
        return Collections.unmodifiableList(kinds);
    }

    /** Restores the canonical spelling of a name typed in another case ({@code createflow} → {@code CreateFlow}). */
    private String canonicalCase(String name) {
        for (String operation : operations) {
            for (String suffix : new String[] {"", "Request", "Response"}) {
                if ((operation + suffix).equalsIgnoreCase(name)) {
                    return operation + suffix;
                }
            }
        }
        return name;
    }

    private static String strip(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }

    private static List<String> readOperations() {
        ClassLoader loader = OperationCatalog.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("service model " + MODEL_RESOURCE + " is missing from the classpath");
            }
            JsonNode model = JsonMapper.builder().build().readTree(in);
            TreeSet<String> names = new TreeSet<>(model.get("operations").propertyNames());
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
