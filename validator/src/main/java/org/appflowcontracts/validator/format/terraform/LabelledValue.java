package org.appflowcontracts.validator.format.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.validator.parse.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * One member of a label level of Terraform's JSON syntax: the label, its value and where the value is written.
 *
 * @param label   the label (a resource type, a resource name)
 * @param value   what the label holds
 * @param pointer the value's pointer in the file
 */
record LabelledValue(String label, JsonNode value, String pointer) {

    /**
     * The members of a label level in file order: an object's members, or those of each object of an array one
     * after the other (HCL's JSON syntax reads both alike); anything else has none.
     */
    static List<LabelledValue> members(JsonNode level, String pointer) {
        List<LabelledValue> members = new ArrayList<>();
        if (level.isObject()) {
            addMembers(level, pointer, members);
        } else if (level.isArray()) {
            for (int i = 0; i < level.size(); i++) {
                addMembers(level.get(i), JsonPointers.append(pointer, i), members);
            }
        }
        return members;
    }

    private static void addMembers(JsonNode object, String pointer, List<LabelledValue> members) {
        if (!object.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            members.add(new LabelledValue(member.getKey(), member.getValue(),
                    JsonPointers.append(pointer, member.getKey())));
        }
    }
}
