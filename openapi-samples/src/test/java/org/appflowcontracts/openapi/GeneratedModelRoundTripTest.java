package org.appflowcontracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.appflowcontracts.openapi.client.ApiClient;
import org.appflowcontracts.openapi.client.model.CreateFlowRequestContract;
import org.appflowcontracts.openapi.client.model.UpdateFlowRequestContract;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every working flow of the corpus read into the request model OpenAPI Generator made from the exported document,
 * and written back: the same JSON, up to omitted nulls and the spelling of numbers.
 */
class GeneratedModelRoundTripTest {

    private static final ObjectMapper MAPPER = ApiClient.createDefaultObjectMapper();
    private static final Map<String, Class<?>> MODELS = Map.of(
            "CreateFlow", CreateFlowRequestContract.class, "UpdateFlow", UpdateFlowRequestContract.class);

    @TestFactory
    Stream<DynamicTest> everyCorpusFlowRoundTripsThroughTheGeneratedModel() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusFlows.Flow flow : CorpusFlows.all()) {
            Class<?> model = MODELS.get(flow.operation());
            if (model == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(flow.file().getFileName() + " as " + flow.operation(), () -> {
                JsonNode original = MAPPER.readTree(flow.json());
                Object read = MAPPER.readValue(flow.json(), model);
                JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(read));
                assertThat(normalized(written)).isEqualTo(normalized(original));
            }));
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    /** Nulls left out and numbers as exact decimals, so 1.6E9 and 1600000000 compare equal. */
    private static JsonNode normalized(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = MAPPER.createObjectNode();
            node.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), normalized(e.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(item -> copy.add(normalized(item)));
            return copy;
        }
        if (node.isNumber()) {
            return MAPPER.getNodeFactory().textNode("number " + node.decimalValue().stripTrailingZeros().toPlainString());
        }
        return node;
    }
}
