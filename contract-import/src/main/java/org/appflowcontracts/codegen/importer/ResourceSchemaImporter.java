package org.appflowcontracts.codegen.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the resource schemas the compiler reads for the template formats: from the CloudFormation resource
 * schema of {@code AWS::AppFlow::Flow}, the template's {@code Properties} object (CloudFormation spelling) and the
 * body of an {@code awscc_appflow_flow} Terraform resource, which the awscc provider derives from the same schema
 * in snake_case; from the aws provider's schema (written in the same provider-schema layout), the body of an
 * {@code aws_appflow_flow} resource. Both Terraform bodies also accept the meta-arguments of every resource.
 */
public final class ResourceSchemaImporter {

    public static final String ID_BASE = "https://schemas.appflowcontracts.org/formats/";
    public static final String CLOUDFORMATION_FILE = "CloudFormationAppFlowFlow.resource.schema.json";
    public static final String AWSCC_FILE = "TerraformAwsccAppflowFlow.resource.schema.json";
    public static final String AWS_FILE = "TerraformAwsAppflowFlow.resource.schema.json";

    /**
     * The facts the resource schemas are imported from.
     *
     * @param cloudFormation the CloudFormation resource provider schema of the resource
     * @param terraformAws   the aws provider's schema of the resource, written in the same provider-schema layout
     *                       ({@code definitions}, {@code readOnlyProperties} for computed-only attributes)
     * @param metaArguments  the Terraform meta-arguments ({@code properties} and the {@code $defs} they use)
     */
    public record Sources(JsonNode cloudFormation, JsonNode terraformAws, JsonNode metaArguments) {
    }

    private ResourceSchemaImporter() {
    }

    /** File name → document text, sorted by file name. */
    public static SortedMap<String, String> render(Sources sources) {
        SortedMap<String, String> files = new TreeMap<>();
        JsonNode cfn = sources.cloudFormation();
        String typeName = cfn.path("typeName").asString("");
        Map<String, Object> cloudFormation = new CfnSchemaConverter(UnaryOperator.identity())
                .convert(cfn, ID_BASE + CLOUDFORMATION_FILE, typeName + " Properties");
        files.put(CLOUDFORMATION_FILE, JsonText.write(cloudFormation));

        TerraformMetaArguments meta = new TerraformMetaArguments(sources.metaArguments());
        Map<String, Object> awscc = new CfnSchemaConverter(SnakeCase::of)
                .convert(cfn, ID_BASE + AWSCC_FILE, awsccName(typeName) + " resource body");
        meta.addTo(awscc);
        files.put(AWSCC_FILE, JsonText.write(awscc));

        JsonNode tf = sources.terraformAws();
        Map<String, Object> aws = new CfnSchemaConverter(UnaryOperator.identity())
                .convert(tf, ID_BASE + AWS_FILE, tf.path("typeName").asString("") + " resource body");
        meta.addTo(aws);
        files.put(AWS_FILE, JsonText.write(aws));
        return files;
    }

    /** Reads the sources and writes every document into {@code outputDirectory}; returns the files written. */
    public static SortedMap<String, String> importSchemas(Path cloudFormation, Path terraformAws, Path metaArguments,
            Path outputDirectory) {
        SortedMap<String, String> files = render(new Sources(read(cloudFormation), read(terraformAws),
                read(metaArguments)));
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

    /** {@code AWS::AppFlow::Flow} → {@code awscc_appflow_flow}. */
    static String awsccName(String typeName) {
        String[] parts = typeName.split("::");
        if (parts.length != 3 || !parts[0].equals("AWS")) {
            throw new ModelFormatException("CloudFormation resource schema", "/typeName",
                    "'" + typeName + "' is not an AWS::Service::Resource name");
        }
        return "awscc_" + parts[1].toLowerCase(java.util.Locale.ROOT) + "_" + SnakeCase.of(parts[2]);
    }

    private static JsonNode read(Path schemaFile) {
        try {
            return JsonMapper.builder().build().readTree(schemaFile.toFile());
        } catch (JacksonException e) {
            throw new ModelFormatException(schemaFile.toString(), "", "not valid JSON: " + e.getOriginalMessage());
        }
    }
}
