package org.appflowcontracts.validator.format.mapping;

import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.format.mapping.ApiShapes.MapShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A list of {@code {Key, Value}} objects read as the API map it stands for. An entry is located at its list item.
 * An entry whose key the file does not fix makes the whole map unknown: any key could be the one it sets.
 */
record KeyValueEntries(Reshape.KeyValueList names, ValueMapper values) {

    /** Maps one value of the API map from the file. */
    @FunctionalInterface
    interface ValueMapper {
        JsonNode value(String shape, JsonNode file, String requestPointer, String filePointer,
                PointerLog pointers);
    }

    JsonNode map(Shape shape, JsonNode list, String requestPointer, String filePointer, PointerLog pointers) {
        pointers.put(requestPointer, filePointer);
        String valueShape = shape instanceof MapShape map ? map.valueShape() : null;
        ObjectNode out = JsonNodeFactory.instance.objectNode();
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
            out.set(key.asString(), values.value(valueShape, value,
                    pointers.member(requestPointer, key.asString()), itemPointer, pointers));
        }
        return out;
    }
}
