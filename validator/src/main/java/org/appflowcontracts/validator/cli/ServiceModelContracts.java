package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.codegen.importer.AwsModelImporter;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contracts folder a service model stands for when {@code diff --check} validates files under it: the model's
 * shapes and operations imported as schemas, with the shipped contract schemas and the rule overlays they list
 * beside them. A model update is so judged with today's rules, and only the model's own changes tell the sides apart.
 */
final class ServiceModelContracts {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String REQUEST_ENTRY = "Request.schema.json";
    private static final String REQUEST_CONTRACT = "Request.contract.schema.json";

    private ServiceModelContracts() {
    }

    /** Writes the folder for {@code model} into the empty directory {@code folder} and returns it. */
    static Path materialize(Path model, Path folder) {
        Deque<String> pending = new ArrayDeque<>();
        for (String file : AwsModelImporter.importModel(model, folder).keySet()) {
            if (file.endsWith(REQUEST_ENTRY)) {
                pending.add(file.substring(0, file.length() - REQUEST_ENTRY.length()) + REQUEST_CONTRACT);
            }
        }
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String relative = pending.pop();
            if (seen.add(relative) && !Files.exists(folder.resolve(relative))) {
                copyShipped(relative, folder).ifPresent(document -> queueReferences(document, relative, pending));
            }
        }
        return folder;
    }

    private static Optional<JsonNode> copyShipped(String relative, Path folder) {
        Optional<InputStream> shipped = SchemaResources.shipped().open(OperationCatalog.API_BASE + relative);
        if (shipped.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = shipped.get()) {
            byte[] bytes = in.readAllBytes();
            Path target = folder.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            return Optional.of(MAPPER.readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the shipped " + relative + " into " + folder, e);
        }
    }

    /** Every other file of the folder a document refers to, relative to the folder. */
    private static void queueReferences(JsonNode node, String relative, Deque<String> pending) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                fileOf(ref.stringValue(), relative).ifPresent(pending::add);
            }
            node.forEach(child -> queueReferences(child, relative, pending));
        } else if (node.isArray()) {
            node.forEach(child -> queueReferences(child, relative, pending));
        }
    }

    private static Optional<String> fileOf(String ref, String from) {
        String file = ref.split("#", 2)[0];
        if (file.isEmpty() || file.contains(":")) {
            return Optional.empty();
        }
        Path parent = Path.of(from).getParent();
        Path resolved = (parent == null ? Path.of(file) : parent.resolve(file)).normalize();
        return resolved.startsWith("..") ? Optional.empty() : Optional.of(resolved.toString().replace('\\', '/'));
    }
}
