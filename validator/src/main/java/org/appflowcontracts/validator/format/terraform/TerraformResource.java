package org.appflowcontracts.validator.format.terraform;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One AppFlow resource declared in a Terraform file.
 *
 * @param address     its Terraform address ({@code aws_appflow_flow.accounts}; {@code [...]} marks a resource with
 *                    {@code count} or {@code for_each}, whose instance keys are known only when Terraform runs)
 * @param type        the resource type ({@code aws_appflow_flow} or {@code awscc_appflow_flow})
 * @param body        its arguments and blocks in Terraform's JSON shape, meta-arguments left out; values the file
 *                    does not fix are unknown nodes
 * @param bodyPointer where the body is in the file's located tree (positions are looked up under it)
 */
public record TerraformResource(String address, String type, JsonNode body, String bodyPointer) {

    public TerraformResource {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(bodyPointer, "bodyPointer");
    }
}
