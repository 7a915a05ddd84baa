package org.appflowcontracts.validator.format.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The way back from a mapped request to the file is worked out on the first question, once. */
class MappedRequestTest {

    @Test
    void pointersAreRecordedOnlyWhenFirstAskedAndThenKept() {
        AtomicInteger recordings = new AtomicInteger();
        MappedRequest mapped = new MappedRequest(JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), () -> {
            recordings.incrementAndGet();
            return new FilePointers(Map.of("", "", "/tasks", "/Tasks", "/tasks/0", "/Tasks/0"), Map.of());
        });
        assertThat(recordings).as("mapping a valid flow asks nothing").hasValue(0);

        assertThat(mapped.bodyPointer("/tasks/0/taskType")).as("nearest mapped ancestor").isEqualTo("/Tasks/0");
        assertThat(mapped.bodyPointer("/tasks")).isEqualTo("/Tasks");
        assertThat(mapped.bodyPointer("/flowName")).isEqualTo("");
        assertThat(recordings).hasValue(1);
    }

    @Test
    void aRecordedMappingLocatesEveryRequestValueInTheTemplateBody() throws Exception {
        FormatMapping cloudFormation = FormatMapping.shipped("cloudformation");
        RequestMapper mapper = new RequestMapper(ApiShapes.shipped(), cloudFormation);
        JsonNode body = JsonMapper.builder().build().readTree("{\"FlowName\": \"f\", \"Tasks\":"
                + " [{\"TaskType\": \"Map\", \"SourceFields\": [\"a\"], \"TaskProperties\": [{\"Key\":"
                + " \"SOURCE_DATA_TYPE\", \"Value\": \"string\"}]}]}");
        MappedRequest mapped = mapper.map(body);
        assertThat(mapped.request().path("tasks").path(0).path("taskProperties").path("SOURCE_DATA_TYPE").asString())
                .isEqualTo("string");
        assertThat(mapped.bodyPointer("/flowName")).isEqualTo("/FlowName");
        assertThat(mapped.bodyPointer("/tasks/0/sourceFields/0")).isEqualTo("/Tasks/0/SourceFields/0");
        assertThat(mapped.bodyPointer("/tasks/0/taskProperties/SOURCE_DATA_TYPE")).as("an entry is at its list item")
                .isEqualTo("/Tasks/0/TaskProperties/0");
        assertThat(mapped.keyPointer("/tasks/0/taskProperties/SOURCE_DATA_TYPE")).as("its name at the entry's key")
                .isEqualTo("/Tasks/0/TaskProperties/0/Key");
        assertThat(mapped.keyPointer("/tasks/0/taskType")).as("a member whose name is not apart: its own pointer")
                .isEqualTo("/Tasks/0/TaskType");
    }
}
