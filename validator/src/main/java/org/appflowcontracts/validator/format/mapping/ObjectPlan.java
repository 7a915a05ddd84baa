package org.appflowcontracts.validator.format.mapping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import tools.jackson.databind.JsonNode;

/**
 * How a format writes the members of one API object shape, worked out once per shape from the mapping data, so
 * that mapping a flow makes one look-up per file member instead of re-reading the mapping at every object.
 *
 * @param byFileName every member the format can write, by the file's spelling
 * @param defaults   the members the format's tool sends when the file leaves them out, in the shape's order
 */
record ObjectPlan(Map<String, Member> byFileName, Map<String, JsonNode> defaults) {

    /**
     * One member as the file writes it.
     *
     * @param apiName   the API's name of the member
     * @param shape     the API shape of its value (null: any value)
     * @param reshape   how the file writes the value in another shape, or null when as the API does
     * @param omissible whether the format's tool leaves some values of it out of the request
     */
    record Member(String apiName, String shape, Reshape reshape, boolean omissible) {}

    static ObjectPlan of(ApiShapes shapes, FormatMapping mapping, ObjectShape shape) {
        Map<String, Member> byFileName = new HashMap<>();
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        for (Map.Entry<String, String> member : shape.members().entrySet()) {
            // Interned as the JSON reader interns member names: the compiled validators' look-ups then succeed on
            // an identity check, as they do on an API body.
            String apiName = member.getKey().intern();
            if (mapping.inFormat(shape.name(), apiName)) {
                // The file's names are interned by the readers too: each look-up is decided by the first comparison.
                byFileName.put(mapping.fileName(shape.name(), apiName).intern(), new Member(apiName, member.getValue(),
                        reshape(shapes, mapping, shape.name(), apiName, member.getValue()),
                        mapping.mayOmit(shape.name(), apiName)));
            }
            mapping.requestDefault(shape.name(), apiName).ifPresent(value -> defaults.put(apiName, value));
        }
        // A HashMap, not Map.copyOf: its look-up of an absent or interned name is cheaper than the immutable map's probing.
        return new ObjectPlan(java.util.Collections.unmodifiableMap(byFileName),
                java.util.Collections.unmodifiableMap(defaults));
    }

    /** The member's own reshape, else the format's way of writing objects when the member's value is one. */
    private static Reshape reshape(ApiShapes shapes, FormatMapping mapping, String shapeName, String member,
            String memberShape) {
        return mapping.reshape(shapeName, member).or(() -> memberShape != null
                && shapes.shape(memberShape) instanceof ObjectShape ? mapping.objectReshape()
                : java.util.Optional.empty()).orElse(null);
    }
}
