package org.appflowcontracts.validator.format.resource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.format.InputFormat;
import tools.jackson.databind.JsonNode;

/**
 * The resource schemas the validator carries, one per resource type a format declares flows with, each with its
 * compiled validator (generated from {@code schemas/formats/<entry>.resource.schema.json}) and the namespace of
 * its rule ids.
 */
enum ResourceSchema {

    // Imported from CloudFormation's published resource schema: what it refuses, the stack refuses.
    CLOUDFORMATION_FLOW("AWS::AppFlow::Flow", "cfn.schema.", "CloudFormationAppFlowFlow", Severity.ERROR,
            Set.of(InputFormat.CLOUDFORMATION)) {
        @Override
        void evaluate(JsonNode body, RawFailures failures) {
            org.appflowcontracts.validator.format.resource.generated.cloudformation.validation.ContractValidators
                    .evaluate(entry(), body, failures);
        }
    },
    // Transcribed from the provider's source and registry documentation, not imported from the schema Terraform
    // itself prints: a provider release may accept what it does not list, so its verdicts are warnings.
    TERRAFORM_AWS_FLOW("aws_appflow_flow", "tf.schema.", "TerraformAwsAppflowFlow", Severity.WARNING,
            Set.of(InputFormat.TERRAFORM_HCL, InputFormat.TERRAFORM_JSON)) {
        @Override
        void evaluate(JsonNode body, RawFailures failures) {
            org.appflowcontracts.validator.format.resource.generated.terraform.aws.validation.ContractValidators
                    .evaluate(entry(), body, failures);
        }
    },
    // Derived from CloudFormation's schema in snake_case; the awscc provider's own spelling is not checked.
    TERRAFORM_AWSCC_FLOW("awscc_appflow_flow", "tf.schema.", "TerraformAwsccAppflowFlow", Severity.WARNING,
            Set.of(InputFormat.TERRAFORM_HCL, InputFormat.TERRAFORM_JSON)) {
        @Override
        void evaluate(JsonNode body, RawFailures failures) {
            org.appflowcontracts.validator.format.resource.generated.terraform.awscc.validation.ContractValidators
                    .evaluate(entry(), body, failures);
        }
    };

    private final String resourceType;
    private final String rulePrefix;
    private final String entry;
    private final Severity severity;
    private final Set<InputFormat> formats;

    ResourceSchema(String resourceType, String rulePrefix, String entry, Severity severity,
            Set<InputFormat> formats) {
        this.resourceType = resourceType;
        this.rulePrefix = rulePrefix;
        this.entry = entry;
        this.severity = severity;
        this.formats = formats;
    }

    abstract void evaluate(JsonNode body, RawFailures failures);

    /** The raw keyword failures of a resource body. */
    List<RawFailure> failures(JsonNode body) {
        RawFailures failures = new RawFailures();
        evaluate(body, failures);
        return failures.list();
    }

    String resourceType() {
        return resourceType;
    }

    String rulePrefix() {
        return rulePrefix;
    }

    /** The severity of this schema's findings: how far its source can be trusted to say what the tool refuses. */
    Severity severity() {
        return severity;
    }

    String entry() {
        return entry;
    }

    /** The {@code $id} of the resource schema document. */
    String schemaIri() {
        return SchemaResources.ID_PREFIX + "formats/" + entry + ".resource.schema.json";
    }

    /** The resource schema of {@code resourceType} as {@code format} declares it, if the validator has one. */
    static Optional<ResourceSchema> find(InputFormat format, String resourceType) {
        for (ResourceSchema schema : values()) {
            if (schema.resourceType.equals(resourceType) && schema.formats.contains(format)) {
                return Optional.of(schema);
            }
        }
        return Optional.empty();
    }
}
