package org.appflowcontracts.export.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.appflowcontracts.export.ExportException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contracts folder as the exporter needs it: the shapes document, every other schema document by its path
 * relative to the folder (entries, contracts, overlays), and each operation's contract with the overlays it lists.
 *
 * @param documents every {@code .json} document of the folder by relative path ({@code /} separated), sorted
 * @param contracts operation name to the relative paths of the overlays its request contract lists, in order
 */
public record ContractsFolder(String source, JsonNode shapes, Map<String, JsonNode> documents,
        Map<String, List<String>> contracts) {

    public static final String SHAPES = "shapes.schema.json";
    private static final String CONTRACT_SUFFIX = "Request.contract.schema.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public ContractsFolder {
        documents = Collections.unmodifiableMap(new TreeMap<>(documents));
        contracts = Collections.unmodifiableMap(new TreeMap<>(contracts));
    }

    public static ContractsFolder read(Path folder) {
        Map<String, JsonNode> documents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                documents.put(folder.relativize(file).toString().replace('\\', '/'), parse(file));
            }
        } catch (IOException e) {
            throw new ExportException(folder.toString(), "cannot list the contracts folder: " + e.getMessage(), e);
        }
        JsonNode shapes = documents.get(SHAPES);
        if (shapes == null || !shapes.path("$defs").isObject()) {
            throw new ExportException(folder.toString(), "", "not a contracts folder: no " + SHAPES + " with $defs");
        }
        Map<String, List<String>> contracts = new TreeMap<>();
        documents.forEach((path, document) -> {
            if (path.endsWith(CONTRACT_SUFFIX) && !path.contains("/")) {
                contracts.put(path.substring(0, path.length() - CONTRACT_SUFFIX.length()),
                        overlays(folder, path, document, documents));
            }
        });
        return new ContractsFolder(folder.toString(), shapes, documents, contracts);
    }

    /** The documents a contract's {@code allOf} lists besides the operation's own entry schema. */
    private static List<String> overlays(Path folder, String contract, JsonNode document,
            Map<String, JsonNode> documents) {
        List<String> overlays = new ArrayList<>();
        JsonNode parts = document.path("allOf");
        for (int i = 0; i < parts.size(); i++) {
            String ref = parts.get(i).path("$ref").asString("");
            String file = ref.split("#", 2)[0];
            if (file.isEmpty() || !documents.containsKey(file)) {
                throw new ExportException(folder.resolve(contract).toString(), "/allOf/" + i,
                        "a contract part must refer to a document of the folder");
            }
            if (!file.endsWith(".schema.json") || file.contains("/")) {
                overlays.add(file);
            }
        }
        return overlays;
    }

    private static JsonNode parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new ExportException(file.toString(), "cannot read JSON: " + e.getMessage(), e);
        }
    }
}
