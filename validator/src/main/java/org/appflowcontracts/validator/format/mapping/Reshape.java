package org.appflowcontracts.validator.format.mapping;

import tools.jackson.databind.JsonNode;

/** A member whose value a format writes in another shape than the API. */
public sealed interface Reshape {

    /** The API's map is a list of {@code {key: ..., value: ...}} objects in the file (CloudFormation tags). */
    record KeyValueList(String key, String value) implements Reshape {}

    /**
     * The file's object is the API's object one level down: the API's {@code triggerProperties.Scheduled} is the
     * template's {@code TriggerProperties}.
     */
    record Wrap(String member) implements Reshape {}

    /**
     * The API's object is a list of at most one object in the file (a Terraform block). When {@code omitsEmpty},
     * the format's tool sends nothing for a block none of whose arguments is set.
     */
    record BlockList(boolean omitsEmpty) implements Reshape {}

    /** A reshape as a mapping file writes it: {@code {"kind": "keyValueList", "key": "Key", "value": "Value"}}. */
    static Reshape of(String where, JsonNode data) {
        String kind = data.path("kind").asString("");
        return switch (kind) {
            // Interned, as the readers intern member names, so that reading an entry's key and value is an
            // identity look-up.
            case "keyValueList" -> new KeyValueList(required(where, data, "key").intern(),
                    required(where, data, "value").intern());
            case "wrap" -> new Wrap(required(where, data, "member"));
            case "blockList" -> new BlockList(data.path("omitsEmptyBlock").asBoolean(false));
            default -> throw new IllegalArgumentException(where + ": unknown reshape kind '" + kind + "'");
        };
    }

    private static String required(String where, JsonNode data, String name) {
        JsonNode value = data.get(name);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(where + ": reshape needs a string '" + name + "'");
        }
        return value.asString();
    }
}
