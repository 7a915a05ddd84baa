package org.appflowcontracts.codegen.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.appflowcontracts.codegen.regex.UnsupportedPatternException;

/**
 * Imports a botocore service model as JSON Schema 2020-12 documents: {@code shapes.schema.json} (one
 * {@code $defs} entry per shape) plus one entry schema per operation input and output.
 */
public final class AwsModelImporter {

    public static final String SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
    public static final String ID_BASE = "https://schemas.appflowcontracts.org/appflow/";
    public static final String SHAPES_FILE = "shapes.schema.json";

    private AwsModelImporter() {
    }

    /** File name → document text, sorted by file name. */
    public static SortedMap<String, String> render(ServiceModel model) {
        SortedMap<String, String> files = new TreeMap<>();
        String base = ID_BASE + model.apiVersion() + "/";
        ShapeSchemaEmitter emitter = new ShapeSchemaEmitter(model);

        Map<String, Object> defs = new LinkedHashMap<>();
        for (Shape shape : model.shapes().values()) {
            try {
                defs.put(shape.name(), emitter.emit(shape));
            } catch (UnsupportedPatternException e) {
                throw new ModelFormatException("shape '" + shape.name() + "'", e.getMessage(), e);
            }
        }
        Map<String, Object> shapes = header(base + SHAPES_FILE, "Shapes of the " + model.apiVersion() + " model");
        shapes.put("$defs", defs);
        files.put(SHAPES_FILE, JsonText.write(shapes));

        for (ServiceModel.Operation operation : model.operations()) {
            files.put(operation.name() + "Request.schema.json",
                    JsonText.write(entry(base, operation.name() + "Request", operation.input())));
            files.put(operation.name() + "Response.schema.json",
                    JsonText.write(entry(base, operation.name() + "Response", operation.output())));
        }
        return files;
    }

    /** Parses {@code modelFile} and writes every document into {@code outputDirectory}; returns the files written. */
    public static SortedMap<String, String> importModel(Path modelFile, Path outputDirectory) {
        SortedMap<String, String> files = render(ModelParser.parse(modelFile));
        try {
            Files.createDirectories(outputDirectory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(outputDirectory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write schemas to " + outputDirectory, e);
        }
        return files;
    }

    private static Map<String, Object> entry(String base, String title, String shapeName) {
        Map<String, Object> schema = header(base + title + ".schema.json", title);
        if (shapeName == null) {
            schema.put("type", "object");
            schema.put("additionalProperties", false);
        } else {
            schema.put("$ref", SHAPES_FILE + "#/$defs/" + shapeName);
        }
        return schema;
    }

    private static Map<String, Object> header(String id, String title) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", SCHEMA_DIALECT);
        schema.put("$id", id);
        schema.put("title", title);
        return schema;
    }
}
