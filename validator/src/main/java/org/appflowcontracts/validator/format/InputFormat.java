package org.appflowcontracts.validator.format;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file the validator reads, as users name them with {@code --input-format}. */
public enum InputFormat {
    /** A request or response body of the AppFlow API (JSON or YAML). */
    API_BODY("api"),
    /** A CloudFormation template (JSON or YAML, hand-written, SAM or synthesized by the CDK). */
    CLOUDFORMATION("cloudformation"),
    /** Terraform configuration in HCL ({@code .tf}). */
    TERRAFORM_HCL("terraform"),
    /** Terraform configuration in JSON syntax ({@code .tf.json}). */
    TERRAFORM_JSON("terraform-json"),
    /** The JSON that {@code terraform show -json PLAN} prints. */
    TERRAFORM_PLAN("terraform-plan");

    private final String optionName;

    InputFormat(String optionName) {
        this.optionName = optionName;
    }

    /** The name used on the command line and in reports. */
    public String optionName() {
        return optionName;
    }

    /** The format named as a user typed it, in any letter case. */
    public static Optional<InputFormat> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (format.optionName.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
