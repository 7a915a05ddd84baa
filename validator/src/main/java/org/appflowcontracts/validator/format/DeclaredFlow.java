package org.appflowcontracts.validator.format;

import java.util.List;
import java.util.Objects;
import org.appflowcontracts.validator.Violation;
import tools.jackson.databind.JsonNode;

/**
 * One AppFlow request declared in a user's file.
 *
 * @param resource  what the file calls it: a template's logical id, a Terraform address
 *                  ({@code aws_appflow_flow.accounts}); null for an API body, which is the request itself
 * @param operation the document kind the request is checked as ({@code CreateFlow})
 * @param request   the request in API shape; a value the file does not fix (an intrinsic function, a Terraform
 *                  reference) is an {@linkplain Unknowns unknown} node
 * @param locator   the way back to the file
 * @param resourceFindings what the format's own resource schema says of the resource (CloudFormation's schema of
 *                  the resource type, the Terraform provider's), already in the file's terms
 */
public record DeclaredFlow(String resource, String operation, JsonNode request, FileLocator locator,
        List<Violation> resourceFindings) {

    public DeclaredFlow {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(locator, "locator");
        resourceFindings = List.copyOf(resourceFindings);
    }

    /** A request that is the file itself, or whose format has no resource schema. */
    public DeclaredFlow(String resource, String operation, JsonNode request, FileLocator locator) {
        this(resource, operation, request, locator, List.of());
    }
}
