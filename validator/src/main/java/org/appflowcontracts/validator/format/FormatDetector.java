package org.appflowcontracts.validator.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.cloudformation.CloudFormationAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Tells which kind of file a user gave from its name and content. Only HCL is told by name ({@code .tf}: it is not
 * JSON or YAML, so there is no content to read before choosing its reader); the others by their top-level members.
 */
public final class FormatDetector {

    private FormatDetector() {
    }

    /** The format a file name alone decides, or empty when the content must be read first. */
    public static Optional<InputFormat> byName(String sourceName) {
        if (sourceName != null && sourceName.toLowerCase(Locale.ROOT).endsWith(".tf")) {
            return Optional.of(InputFormat.TERRAFORM_HCL);
        }
        return Optional.empty();
    }

    /**
     * Whether raw content starts a line with a CloudFormation template's top-level key ({@code Resources:} or
     * {@code AWSTemplateFormatVersion:}), a cheap hint that lets a YAML template be read once, with its function
     * tags, instead of being refused at its first tag and read again. Only a hint: the parsed content decides.
     */
    public static boolean looksLikeYamlTemplate(byte[] content) {
        return startsALine(content, RESOURCES) || startsALine(content, VERSION);
    }

    private static final byte[] RESOURCES = "Resources:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VERSION = "AWSTemplateFormatVersion:".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsALine(byte[] content, byte[] key) {
        for (int i = 0; i + key.length <= content.length; i++) {
            if ((i == 0 || content[i - 1] == '\n') && Arrays.equals(content, i, i + key.length, key, 0, key.length)) {
                return true;
            }
        }
        return false;
    }

    /** Words that begin a top-level Terraform block, followed by a label or the body ({@code resource "}). */
    private static final Pattern HCL_BLOCK = Pattern.compile(
            "^[ \t]*(?:resource|data|provider|terraform|variable|module|locals|output)[ \t]*[\"{]",
            Pattern.MULTILINE);

    /**
     * {@code refused} with a hint when the content it refuses as JSON or YAML looks like Terraform's HCL (a line
     * that opens a top-level block): content without a {@code .tf} name, as on standard input, is not read as HCL
     * unless the user says so.
     */
    public static InputException withTerraformHint(InputException refused, byte[] content) {
        if (!HCL_BLOCK.matcher(new String(content, StandardCharsets.UTF_8)).find()) {
            return refused;
        }
        InputException hinted = new InputException(refused.getMessage() + " (this looks like a Terraform .tf file:"
                + " pass --input-format terraform, or name the file *.tf)", refused.line(), refused.column(), refused);
        for (Throwable suppressed : refused.getSuppressed()) {
            hinted.addSuppressed(suppressed);
        }
        return hinted;
    }

    /** The format of a parsed JSON or YAML document; an API body when nothing else fits. */
    public static InputFormat byContent(JsonNode root, String sourceName) {
        if (root == null || !root.isObject()) {
            return InputFormat.API_BODY;
        }
        if (CloudFormationAdapter.isTemplate(root)) {
            return InputFormat.CLOUDFORMATION;
        }
        if (root.has("format_version") && (root.has("planned_values") || root.has("resource_changes"))) {
            return InputFormat.TERRAFORM_PLAN;
        }
        if (isTerraformJson(root, sourceName)) {
            return InputFormat.TERRAFORM_JSON;
        }
        return InputFormat.API_BODY;
    }

    // Terraform's JSON syntax: top-level block types; a name ending in .tf.json settles what the content suggests.
    private static boolean isTerraformJson(JsonNode root, String sourceName) {
        boolean named = sourceName != null && sourceName.toLowerCase(Locale.ROOT).endsWith(".tf.json");
        JsonNode resource = root.get("resource");
        boolean resources = resource != null && (resource.isObject() || resource.isArray());
        return resources || named && (root.has("terraform") || root.has("provider") || root.has("variable")
                || root.has("module") || root.has("data") || root.has("locals") || root.has("output"));
    }
}
