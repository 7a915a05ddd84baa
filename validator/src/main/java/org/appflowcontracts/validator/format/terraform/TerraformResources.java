package org.appflowcontracts.validator.format.terraform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the AppFlow resources of a Terraform configuration read from HCL or from Terraform's JSON syntax. The JSON
 * syntax writes each label level ({@code "resource"}, the type) as an object or as an array of objects whose
 * members are read in order, and a body as an object or as an array of bodies that share the labels; a resource
 * address declared twice is refused, as Terraform refuses it.
 */
public final class TerraformResources {

    /** The resource types that declare a flow: the AWS provider's and the Cloud Control provider's. */
    public static final List<String> FLOW_TYPES = List.of("aws_appflow_flow", "awscc_appflow_flow");
    /** Arguments and blocks Terraform itself reads on every resource; they are not part of the flow. */
    static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "provider", "depends_on", "lifecycle",
            "provisioner", "connection");

    private TerraformResources() {
    }

    /** The flow resources of {@code configuration}: by type, each in file order. */
    public static List<TerraformResource> in(LocatedDocument configuration) throws InputException {
        List<LabelledValue> types = LabelledValue.members(configuration.root().path("resource"), "/resource");
        List<TerraformResource> found = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        for (String type : FLOW_TYPES) {
            for (LabelledValue byType : types) {
                if (byType.label().equals(type)) {
                    for (LabelledValue named : LabelledValue.members(byType.value(), byType.pointer())) {
                        addBodies(configuration, type, named, addresses, found);
                    }
                }
            }
        }
        return found;
    }

    /** The blocks one name declares: an object is one body, an array one body per item; null declares none. */
    private static void addBodies(LocatedDocument file, String type, LabelledValue named, Set<String> addresses,
            List<TerraformResource> found) throws InputException {
        JsonNode value = named.value();
        if (value.isObject()) {
            add(file, type, named.label(), value, named.pointer(), addresses, found);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                String itemPointer = JsonPointers.append(named.pointer(), i);
                if (!value.get(i).isObject()) {
                    // An array here is one body split in parts that Terraform merges: not read, rather than
                    // read in part (its findings would have no single place in the file).
                    throw refused(file, itemPointer, "the body of resource " + type + "." + named.label()
                            + (value.get(i).isArray() ? " is an array of parts to merge, which this reader does not"
                            + " read; write it as one JSON object" : " must be written as a JSON object"));
                }
                add(file, type, named.label(), value.get(i), itemPointer, addresses, found);
            }
        } else if (!value.isNull()) {
            throw refused(file, named.pointer(), "the body of resource " + type + "." + named.label()
                    + " must be a JSON object or an array of objects");
        }
    }

    private static void add(LocatedDocument file, String type, String name, JsonNode declared, String bodyPointer,
            Set<String> addresses, List<TerraformResource> found) throws InputException {
        if (!addresses.add(type + "." + name)) {
            throw refused(file, bodyPointer, "duplicate resource block " + type + "." + name);
        }
        found.add(resource(type, name, declared, bodyPointer));
    }

    private static InputException refused(LocatedDocument file, String pointer, String what) {
        Position at = file.positionOf(pointer);
        return new InputException("malformed Terraform: " + what, at.line(), at.column(), null);
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
