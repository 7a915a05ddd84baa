package org.appflowcontracts.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.appflowcontracts.export.editor.EditorSchemaExporter;
import org.appflowcontracts.export.openapi.OpenApiExporter;
import org.appflowcontracts.export.read.ContractsFolder;
import org.appflowcontracts.export.read.FormatWords;
import org.appflowcontracts.export.read.ServiceBindings;
import org.appflowcontracts.export.read.ServiceBindingsReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export of a service's contract: the OpenAPI document, and an editor schema for the request body of each
 * operation that has a contract. File name to text, deterministic (same inputs, same bytes).
 */
public final class ContractExport {

    public static final String EDITOR_FOLDER = "editor/";
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private ContractExport() {
    }

    /**
     * @param model     the botocore service model (HTTP bindings, errors)
     * @param contracts the contracts folder imported from that model, with its rule overlays
     * @param idBase    the IRI prefix the editor schemas are published under
     */
    public static Map<String, String> render(Path model, Path contracts, String idBase) {
        return render(model, contracts, idBase, null, null);
    }

    /**
     * @param examples a folder of complete request bodies, {@code <Operation>Request.example.json}, shown by
     *                 editors as the example of that request (null or absent files: none)
     * @param formatWords the validator's message data ({@code formats}: each shape's pattern in words), or null
     */
    public static Map<String, String> render(Path model, Path contracts, String idBase, Path examples,
            Path formatWords) {
        FormatWords formats = formatWords == null ? FormatWords.none() : FormatWords.read(formatWords);
        ServiceBindings service = ServiceBindingsReader.read(model);
        ContractsFolder folder = ContractsFolder.read(contracts);
        Map<String, String> files = new TreeMap<>();
        files.put(openApiFileName(service), text(OpenApiExporter.export(service, folder)));
        for (String operation : folder.contracts().keySet()) {
            files.put(EDITOR_FOLDER + operation + "Request.editor.schema.json", text(EditorSchemaExporter.export(
                    service, folder, operation, idBase, example(examples, operation + "Request.example.json"),
                    formats)));
        }
        return files;
    }

    /** Renders and writes every file under {@code output}; returns what was written. */
    public static Map<String, String> write(Path model, Path contracts, String idBase, Path examples,
            Path formatWords, Path output) {
        Map<String, String> files = render(model, contracts, idBase, examples, formatWords);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = output.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ExportException(output.toString(), "cannot write: " + e.getMessage(), e);
        }
        return files;
    }

    private static JsonNode example(Path folder, String name) {
        if (folder == null || !Files.isRegularFile(folder.resolve(name))) {
            return null;
        }
        try {
            return MAPPER.readTree(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            throw new ExportException(folder.resolve(name).toString(), "cannot read the example: " + e.getMessage(), e);
        }
    }

    static String openApiFileName(ServiceBindings service) {
        return service.endpointPrefix() + "-" + service.apiVersion() + ".openapi.json";
    }

    private static String text(JsonNode node) {
        return MAPPER.writeValueAsString(node) + "\n";
    }
}
