package org.appflowcontracts.validator.format.mapping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import tools.jackson.databind.JsonNode;

/**
 * How a format writes the members of one API object shape, worked out once per shape from the mapping data, so
 * that mapping a flow makes one look-up per file member instead of re-reading the mapping at every object.
 *
 * @param shapeName  the API shape
 * @param byFileName every member the format can write, by the file's spelling
 * @param defaults   the members the format's tool sends when the file leaves them out, in the shape's order
 */
record ObjectPlan(String shapeName, Map<String, Member> byFileName, Map<String, JsonNode> defaults) {

    /**
     * One member as the file writes it.
     *
     * @param apiName   the API's name of the member
     * @param value     the plan of its value as the API shapes it
     * @param reshape   how the file writes the value in another shape, or null when as the API does
     * @param wrapped   for a {@link Reshape.Wrap}, the plan of the wrapped member's value; else null
     * @param omissible whether the format's tool leaves some values of it out of the request
     */
    record Member(String apiName, PlanLink value, Reshape reshape, PlanLink wrapped, boolean omissible) {}

    static ObjectPlan of(ApiShapes shapes, FormatMapping mapping, ObjectShape shape, MappingPlans plans) {
        Map<String, Member> byFileName = new HashMap<>();
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        for (Map.Entry<String, String> member : shape.members().entrySet()) {
            // Interned as the JSON reader interns member names: the compiled validators' look-ups then succeed on
            // an identity check, as they do on an API body.
            String apiName = member.getKey().intern();
            if (mapping.inFormat(shape.name(), apiName)) {
                Reshape reshape = reshape(shapes, mapping, shape.name(), apiName, member.getValue());
                PlanLink wrapped = reshape instanceof Reshape.Wrap wrap
                        ? plans.link(shapes.memberShape(member.getValue(), wrap.member()).orElse(null)) : null;
                // The file's names are interned by the readers too: each look-up is decided by the first comparison.
                byFileName.put(mapping.fileName(shape.name(), apiName).intern(), new Member(apiName,
                        plans.link(member.getValue()), reshape, wrapped, mapping.mayOmit(shape.name(), apiName)));
            }
            Optional<JsonNode> requestDefault = mapping.requestDefault(shape.name(), apiName);
            if (requestDefault.isPresent()) {
                defaults.put(apiName, requestDefault.get());
            }
        }
        // A HashMap, not Map.copyOf: its look-up of an absent or interned name is cheaper than the immutable map's
        // probing. Not wrapped either (a wrapper costs a call per look-up): the plan is package-private and no one
        // changes a map once it is made.
        return new ObjectPlan(shape.name(), byFileName, defaults.isEmpty() ? Map.of() : defaults);
    }

    /** The member's own reshape, else the format's way of writing objects when the member's value is one. */
    private static Reshape reshape(ApiShapes shapes, FormatMapping mapping, String shapeName, String member,
            String memberShape) {
        Optional<Reshape> own = mapping.reshape(shapeName, member);
        if (own.isPresent()) {
            return own.get();
        }
        return memberShape != null && shapes.shape(memberShape) instanceof ObjectShape
                ? mapping.objectReshape().orElse(null) : null;
    }
}
