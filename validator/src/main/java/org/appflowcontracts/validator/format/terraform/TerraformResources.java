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

    /**
     * The flow resources of {@code configuration}: by type, each in file order. A body Terraform would refuse is
     * left out; {@link #requireReadable} tells where it is.
     */
    public static List<TerraformResource> in(LocatedDocument configuration) {
        List<TerraformResource> found = new ArrayList<>();
        try {
            collect(configuration, found, LeftOut.INSTANCE);
        } catch (InputException notThrownByThisSink) {
            throw new IllegalStateException(notThrownByThisSink);
        }
        return found;
    }

    /**
     * Refuses, located, a flow resource Terraform refuses: one declared twice (at the second declaration), or one
     * whose body is neither an object nor an array of objects.
     */
    public static void requireReadable(LocatedDocument configuration) throws InputException {
        collect(configuration, new ArrayList<>(), new Told(configuration));
    }

    /** What to do with a resource Terraform refuses: tell it, or leave it out. */
    private interface Refusals {
        void refuse(String pointer, String what) throws InputException;
    }

    /** Leaves the resource out. (Named classes: a one-file run would pay for the first lambda's set-up.) */
    private enum LeftOut implements Refusals {
        INSTANCE;

        @Override
        public void refuse(String pointer, String what) {
            // left out of the resources found
        }
    }

    /** Refuses the file where the resource is written. */
    private record Told(LocatedDocument configuration) implements Refusals {
        @Override
        public void refuse(String pointer, String what) throws InputException {
            Position at = configuration.positionOf(pointer);
            throw new InputException("malformed Terraform: " + what, at.line(), at.column(), null);
        }
    }

    private static void collect(LocatedDocument configuration, List<TerraformResource> found, Refusals refusals)
            throws InputException {
        List<LabelledValue> types = LabelledValue.members(configuration.root().path("resource"), "/resource");
        Set<String> addresses = new HashSet<>();
        for (String type : FLOW_TYPES) {
            for (LabelledValue byType : types) {
                if (byType.label().equals(type)) {
                    for (LabelledValue named : LabelledValue.members(byType.value(), byType.pointer())) {
                        addBodies(type, named, addresses, found, refusals);
                    }
                }
            }
        }
    }

    /** The blocks one name declares: an object is one body, an array one body per item; null declares none. */
    private static void addBodies(String type, LabelledValue named, Set<String> addresses,
            List<TerraformResource> found, Refusals refusals) throws InputException {
        JsonNode value = named.value();
        String address = type + "." + named.label();
        if (value.isObject()) {
            add(type, named.label(), value, named.pointer(), addresses, found, refusals);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                String itemPointer = JsonPointers.append(named.pointer(), i);
                if (value.get(i).isObject()) {
                    add(type, named.label(), value.get(i), itemPointer, addresses, found, refusals);
                } else {
                    // An array here is one body split in parts that Terraform merges: not read, rather than read
                    // in part (its findings would have no single place in the file).
                    refusals.refuse(itemPointer, "the body of resource " + address + (value.get(i).isArray()
                            ? " is an array of parts to merge, which this reader does not read; write it as one"
                            + " JSON object" : " must be written as a JSON object"));
                }
            }
        } else if (!value.isNull()) {
            refusals.refuse(named.pointer(), "the body of resource " + address
                    + " must be a JSON object or an array of objects");
        }
    }

    private static void add(String type, String name, JsonNode declared, String bodyPointer, Set<String> addresses,
            List<TerraformResource> found, Refusals refusals) throws InputException {
        if (addresses.add(type + "." + name)) {
            found.add(resource(type, name, declared, bodyPointer));
        } else {
            refusals.refuse(bodyPointer, "duplicate resource block " + type + "." + name);
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
