package org.appflowcontracts.validator.format.seeded;

import java.util.Locale;

/** The kinds of real file mistakes are planted in, told from the corpus folder and the file name. */
enum FileKind {
    CLOUDFORMATION_YAML,
    CLOUDFORMATION_JSON,
    TERRAFORM_AWS,
    TERRAFORM_AWSCC,
    API_BODY_JSON,
    API_BODY_YAML;

    static FileKind of(String file, String text) {
        String name = file.toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (name.startsWith("templates/cloudformation/")) {
            return yaml ? CLOUDFORMATION_YAML : CLOUDFORMATION_JSON;
        }
        if (name.startsWith("templates/terraform/")) {
            return text.contains("resource \"awscc_appflow_flow\"") ? TERRAFORM_AWSCC : TERRAFORM_AWS;
        }
        return yaml ? API_BODY_YAML : API_BODY_JSON;
    }
}
