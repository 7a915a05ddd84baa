package org.appflowcontracts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.cli.RuleDescription;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The rule table of the SARIF report as stored between builds: reading the catalog from the contracts costs more
 * than checking a hundred files, and it changes only with the plugin or the contracts (the state's key).
 */
final class RuleTableCodec {

    private final JsonMapper mapper;

    RuleTableCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ArrayNode encode(List<RuleDescription> rules) {
        ArrayNode array = mapper.createArrayNode();
        for (RuleDescription rule : rules) {
            array.addObject().put("id", rule.id()).put("severity", rule.severity().wireName())
                    .put("summary", rule.summary()).put("message", rule.message())
                    .put("explanation", rule.explanation()).put("failingExample", rule.failingExample())
                    .put("fixedExample", rule.fixedExample());
        }
        return array;
    }

    /** The stored table, or empty when there is none (a state written without reports). */
    Optional<List<RuleDescription>> decode(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            return Optional.empty();
        }
        List<RuleDescription> rules = new ArrayList<>();
        for (JsonNode r : array) {
            rules.add(new RuleDescription(r.path("id").asString(), Severity.fromWireName(r.path("severity").asString()),
                    r.path("summary").asString(), r.path("message").asString(), r.path("explanation").asString(),
                    r.path("failingExample").asString(), r.path("fixedExample").asString()));
        }
        return Optional.of(rules);
    }
}
