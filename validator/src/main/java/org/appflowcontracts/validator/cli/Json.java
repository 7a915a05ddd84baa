package org.appflowcontracts.validator.cli;

import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON mapper, built only when needed: for a node {@link JsonOutput} does not write itself. Reports and rule
 * examples are written without it.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }
}
