package org.appflowcontracts.validator.format.mapping;

import org.appflowcontracts.validator.format.Unknowns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A list of {@code {Key, Value}} objects read as the API map it stands for. An entry is located at its list item,
 * and the member's name at the entry's key.
 * An entry whose key the file does not fix makes the whole map unknown: any key could be the one it sets.
 */
record KeyValueEntries(Reshape.KeyValueList names) {

    /**
     * @param valuePlan the plan of the map's values
     * @param list      the file's list, its calls already resolved
     * @param values    the walk that maps each value
     */
    JsonNode map(ValuePlan valuePlan, JsonNode list, String requestPointer, String filePointer, RequestWalk values) {
        PointerLog pointers = values.pointers();
        pointers.put(requestPointer, filePointer);
        ObjectNode out = RequestMembers.object(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            JsonNode key = item.get(names.key());
            if (Unknowns.isUnknown(item) || Unknowns.isUnknown(key)) {
                return Unknowns.unknown("a list of " + names.key() + "/" + names.value() + " entries with a key that is"
                        + " not fixed");
            }
            JsonNode value = item.get(names.value());
            if (key == null || !key.isString() || value == null) {
                continue; // the format's resource schema reports the entry
            }
            String itemPointer = pointers.item(filePointer, i);
            String name = CanonicalNames.of(key.asString());
            String memberPointer = pointers.member(requestPointer, name);
            pointers.putKey(memberPointer, pointers.member(itemPointer, names.key()));
            out.set(name, values.value(valuePlan, value, memberPointer, itemPointer));
        }
        return out;
    }
}
