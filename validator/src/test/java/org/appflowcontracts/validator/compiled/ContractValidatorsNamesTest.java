package org.appflowcontracts.validator.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appflowcontracts.validator.compiled.generated.validation.ContractValidators;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated registry answers to the names the plugin and the library use. */
class ContractValidatorsNamesTest {

    private static final JsonNode EMPTY_FLOW = JsonMapper.builder().build().readTree("{\"flowName\": \"x\"}");

    @Test
    void anOperationNameSelectsItsRequest() {
        assertThat(ContractValidators.entryName("CreateFlow")).isEqualTo("CreateFlowRequest");
        assertThat(ContractValidators.validate("CreateFlow", EMPTY_FLOW))
                .isNotEmpty()
                .isEqualTo(ContractValidators.validate("CreateFlowRequest", EMPTY_FLOW));
    }

    @Test
    void entryAndShapeNamesStillWork() {
        assertThat(ContractValidators.entryName("CreateFlowResponse")).isEqualTo("CreateFlowResponse");
        assertThat(ContractValidators.operations()).contains("CreateFlow", "UpdateFlow", "DescribeFlow");
        assertThat(ContractValidators.entries()).contains("CreateFlowRequest", "CreateFlowResponse");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> ContractValidators.validate("CreatFlow", EMPTY_FLOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no validator for 'CreatFlow'")
                .hasMessageContaining("operations: ")
                .hasMessageContaining("CreateFlow, ")
                .hasMessageContaining("entries: ")
                .hasMessageContaining("CreateFlowRequest");
    }
}
