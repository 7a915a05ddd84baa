package org.appflowcontracts.export.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.appflowcontracts.export.read.ContractsFolder;
import org.appflowcontracts.export.read.HttpOperation;
import org.appflowcontracts.export.read.ServiceBindings;
import org.appflowcontracts.export.schema.References;
import org.appflowcontracts.export.schema.SchemaRewriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAPI 3.1 document for a service: paths and methods from its HTTP bindings, request and response bodies and
 * errors referring to {@code components/schemas}, which hold the contracts folder's shapes as they are, and for
 * each operation with a contract, the contract with its rule overlays ({@code <Operation>RequestContract}).
 */
public final class OpenApiExporter {

    static final String COMPONENTS = "#/components/schemas/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ServiceBindings service;
    private final ContractsFolder contracts;
    private final ObjectNode schemas = NODES.objectNode();
    private final RuleSummaries rules = new RuleSummaries();
    private final References references;

    private OpenApiExporter(ServiceBindings service, ContractsFolder contracts) {
        this.service = service;
        this.contracts = contracts;
        this.references = new References(contracts, COMPONENTS, overlayNames(contracts));
    }

    public static ObjectNode export(ServiceBindings service, ContractsFolder contracts) {
        return new OpenApiExporter(service, contracts).document();
    }

    private ObjectNode document() {
        addShapes();
        Map<String, String> requestBodies = addContracts();
        ObjectNode document = NODES.objectNode();
        document.put("openapi", "3.1.0");
        document.set("info", info());
        document.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        document.set("servers", NODES.arrayNode().add(server()));
        document.set("security", NODES.arrayNode().add(NODES.objectNode().set("sigv4", NODES.arrayNode())));
        document.set("tags", NODES.arrayNode().add(NODES.objectNode().put("name", service.serviceId())));
        OperationEmitter operations = new OperationEmitter(service, references, schemas, requestBodies);
        document.set("paths", paths(operations));
        ObjectNode components = document.putObject("components");
        components.set("schemas", sorted(schemas));
        components.putObject("securitySchemes").set("sigv4", NODES.objectNode().put("type", "apiKey")
                .put("name", "Authorization").put("in", "header")
                .put("description", "AWS Signature Version 4 (signing name " + service.endpointPrefix() + ")"));
        return document;
    }

    private ObjectNode info() {
        return NODES.objectNode().put("title", service.title()).put("version", service.apiVersion())
                .put("description", "The " + service.title() + " API (" + service.apiVersion() + "), exported by "
                        + "AppFlow Contracts from the service model and the contracts folder. Request bodies with a "
                        + "contract carry its rule overlays; x-appflow-rules lists them by id, severity and summary.");
    }

    private ObjectNode server() {
        ObjectNode server = NODES.objectNode().put("url", "https://" + service.endpointPrefix() + ".{region}.amazonaws.com");
        server.putObject("variables").putObject("region").put("default", "us-east-1");
        return server;
    }

    private void addShapes() {
        SchemaRewriter rewriter = new SchemaRewriter(references.in(ContractsFolder.SHAPES), (at, rule) -> rules.add(rule));
        for (var def : contracts.shapes().get("$defs").properties()) {
            schemas.set(def.getKey(), rewriter.rewrite(def.getValue()));
        }
    }

    /** Adds every overlay and contract; returns operation name to the component its request body uses. */
    private Map<String, String> addContracts() {
        Map<String, String> names = overlayNames(contracts);
        for (var overlay : names.entrySet()) {
            List<String> ids = new ArrayList<>();
            SchemaRewriter rewriter = new SchemaRewriter(references.in(overlay.getKey()), (at, rule) -> {
                rules.add(rule);
                ids.add(rule.path("id").asString(""));
            });
            ObjectNode copy = (ObjectNode) rewriter.rewrite(contracts.documents().get(overlay.getKey()));
            copy.set("x-appflow-rules", rules.of(ids));
            schemas.set(overlay.getValue(), copy);
        }
        Map<String, String> bodies = new TreeMap<>();
        for (HttpOperation operation : service.operations()) {
            List<String> overlays = contracts.contracts().get(operation.name());
            if (overlays != null && operation.input() != null) {
                String name = operation.name() + "RequestContract";
                schemas.set(name, contract(operation, overlays, names));
                bodies.put(operation.name(), name);
            }
        }
        return bodies;
    }

    /**
     * The contract: the request shape by reference, and the overlays beside it. 2020-12 applies a {@code $ref} in
     * conjunction with its sibling keywords, so this means the same as an {@code allOf} of all of them, while code
     * generators that stop at the reference still see the plain request model.
     */
    private ObjectNode contract(HttpOperation operation, List<String> overlays, Map<String, String> names) {
        ObjectNode contract = NODES.objectNode();
        contract.put("description", "The " + operation.name() + " request with every rule overlay of its contract.");
        contract.put("$ref", COMPONENTS + operation.input());
        var parts = contract.putArray("allOf");
        TreeSet<String> ids = new TreeSet<>();
        for (String overlay : overlays) {
            parts.addObject().put("$ref", COMPONENTS + names.get(overlay));
            schemas.get(names.get(overlay)).path("x-appflow-rules").forEach(r -> ids.add(r.path("id").asString()));
        }
        contract.set("x-appflow-rules", rules.of(ids));
        return contract;
    }

    private ObjectNode paths(OperationEmitter operations) {
        Map<String, Map<String, ObjectNode>> byPath = new TreeMap<>();
        for (HttpOperation operation : service.operations()) {
            byPath.computeIfAbsent(operation.requestUri(), p -> new TreeMap<>())
                    .put(operation.method().toLowerCase(java.util.Locale.ROOT), operations.emit(operation));
        }
        ObjectNode paths = NODES.objectNode();
        byPath.forEach((path, methods) -> {
            ObjectNode item = paths.putObject(path);
            methods.forEach(item::set);
        });
        return paths;
    }

    /** Overlay documents (relative path) to their component names: the path without .json, dots for slashes. */
    private static Map<String, String> overlayNames(ContractsFolder contracts) {
        Map<String, String> names = new LinkedHashMap<>();
        contracts.contracts().values().forEach(list -> list.forEach(path ->
                names.putIfAbsent(path, path.replaceAll("\\.json$", "").replace('/', '.'))));
        return names;
    }

    private static ObjectNode sorted(ObjectNode node) {
        ObjectNode copy = NODES.objectNode();
        new TreeMap<String, JsonNode>(toMap(node)).forEach(copy::set);
        return copy;
    }

    private static Map<String, JsonNode> toMap(ObjectNode node) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
