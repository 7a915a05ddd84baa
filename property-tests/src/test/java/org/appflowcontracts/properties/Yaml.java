package org.appflowcontracts.properties;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** YAML text of a tree, for the byte-level properties. */
final class Yaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private Yaml() {
    }

    static String write(JsonNode document) {
        return MAPPER.writeValueAsString(document);
    }
}
