package org.appflowcontracts.validator.cli;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper the command line writes with; pretty, insertion-ordered, deterministic. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String pretty(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /**
     * A pretty-printing generator over {@code out} that leaves {@code out} open when closed. Reports with many
     * findings are written item by item through it, so their size never has to fit in memory twice (tree and text).
     */
    static JsonGenerator prettyGenerator(Writer out) {
        return MAPPER.writerWithDefaultPrettyPrinter().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out);
    }
}
