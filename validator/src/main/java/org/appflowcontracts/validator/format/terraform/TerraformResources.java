package org.appflowcontracts.validator.format.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Finds the AppFlow resources of a Terraform configuration read from HCL or from Terraform's JSON syntax. */
public final class TerraformResources {

    /** The resource types that declare a flow: the AWS provider's and the Cloud Control provider's. */
    public static final List<String> FLOW_TYPES = List.of("aws_appflow_flow", "awscc_appflow_flow");
    /** Arguments and blocks Terraform itself reads on every resource; they are not part of the flow. */
    static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "provider", "depends_on", "lifecycle",
            "provisioner", "connection");

    private TerraformResources() {
    }

    /** The flow resources of {@code configuration}, in file order. */
    public static List<TerraformResource> in(LocatedDocument configuration) {
        List<TerraformResource> found = new ArrayList<>();
        JsonNode resource = configuration.root().path("resource");
        if (resource.isArray()) {
            // Terraform's JSON syntax may also write the resource section as a list of objects.
            for (int i = 0; i < resource.size(); i++) {
                collect(resource.get(i), JsonPointers.append("/resource", i), found);
            }
        } else {
            collect(resource, "/resource", found);
        }
        return found;
    }

    private static void collect(JsonNode section, String pointer, List<TerraformResource> found) {
        for (String type : FLOW_TYPES) {
            JsonNode byName = section.path(type);
            if (!byName.isObject()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> named : byName.properties()) {
                if (named.getValue().isObject()) {
                    String bodyPointer = JsonPointers.append(JsonPointers.append(pointer, type), named.getKey());
                    found.add(resource(type, named.getKey(), named.getValue(), bodyPointer));
                }
            }
        }
    }

    private static TerraformResource resource(String type, String name, JsonNode declared, String bodyPointer) {
        boolean repeated = declared.has("count") || declared.has("for_each");
        // A new top-level object without the meta-arguments; the values themselves are shared, never changed.
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : declared.properties()) {
            if (!META_ARGUMENTS.contains(member.getKey())) {
                body.set(member.getKey(), member.getValue());
            }
        }
        String address = type + "." + name + (repeated ? "[...]" : "");
        return new TerraformResource(address, type, body, bodyPointer);
    }
}
