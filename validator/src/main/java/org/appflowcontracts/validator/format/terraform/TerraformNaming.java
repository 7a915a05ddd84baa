package org.appflowcontracts.validator.format.terraform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a Terraform provider spells the API's member names, read from its mapping file in the schemas
 * ({@code formats/terraform.mapping.json}): snake_case, except where the file renames a member.
 */
public final class TerraformNaming {

    private static final String FORMATS = "schemas/appflow/2020-08-23/formats/";
    private static final Pattern CAMEL_WORD = Pattern.compile("\\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)*\\b");
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private final JsonNode mapping;
    /** Renames by API member name alone, for messages that name a member without its shape. */
    private final Map<String, String> renamesByMember = new HashMap<>();

    private TerraformNaming(JsonNode mapping) {
        this.mapping = mapping;
        for (Map.Entry<String, JsonNode> rename : mapping.path("renames").properties()) {
            String key = rename.getKey();
            renamesByMember.put(key.substring(key.indexOf('.') + 1), rename.getValue().asString());
        }
    }

    /** The naming of the mapping file {@code formats/<format>.mapping.json}. */
    public static TerraformNaming forFormat(String format) {
        String resource = FORMATS + format + ".mapping.json";
        try (InputStream in = TerraformNaming.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing mapping resource " + resource);
            }
            return new TerraformNaming(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapping file as read. */
    public JsonNode mapping() {
        return mapping;
    }

    /** The name Terraform gives member {@code member} of API shape {@code shape}. */
    public String fileName(String shape, String member) {
        JsonNode renamed = mapping.path("renames").get(shape + "." + member);
        return renamed != null ? renamed.asString() : snakeCase(member);
    }

    /** {@code SAPOData} → {@code sapo_data}, {@code s3InputFileType} → {@code s3_input_file_type}. */
    public static String snakeCase(String name) {
        return BOUNDARY.matcher(name).replaceAll("_").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code message} with the API member names it mentions ({@code idFieldNames},
     * {@code triggerProperties.Scheduled}) spelt as in the Terraform file ({@code id_field_names},
     * {@code trigger_properties.scheduled}). Words that are not camelCase, such as enum values, are left alone.
     */
    public String inFileTerms(String message) {
        Matcher words = CAMEL_WORD.matcher(message);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            StringBuilder path = new StringBuilder();
            for (String segment : words.group().split("\\.")) {
                path.append(path.isEmpty() ? "" : ".").append(renamesByMember.getOrDefault(segment, snakeCase(segment)));
            }
            words.appendReplacement(out, Matcher.quoteReplacement(path.toString()));
        }
        words.appendTail(out);
        return out.toString();
    }
}
