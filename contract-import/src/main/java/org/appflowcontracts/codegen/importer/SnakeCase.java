package org.appflowcontracts.codegen.importer;

/**
 * Terraform's spelling of a CloudFormation property name, as the awscc provider derives its attribute names:
 * words split at a lower-case letter or digit followed by a capital and at the last capital of an acronym
 * ({@code KMSArn} → {@code kms_arn}, {@code SAPOData} → {@code sapo_data}, {@code S3OutputFormatConfig} →
 * {@code s3_output_format_config}), joined with underscores in lower case.
 */
final class SnakeCase {

    private SnakeCase() {
    }

    static String of(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(name, i)) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static boolean startsWord(String name, int i) {
        char before = name.charAt(i - 1);
        if (before == '_') {
            return false;
        }
        if (Character.isLowerCase(before) || Character.isDigit(before)) {
            return true;
        }
        // inside a run of capitals, the last one starts the next word when a lower-case letter follows
        return i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }
}
