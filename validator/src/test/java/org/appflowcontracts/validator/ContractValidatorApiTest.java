package org.appflowcontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parts of the public API that do not depend on the schemas' content. */
class ContractValidatorApiTest {

    @Test
    void listsAllTwentyFiveOperationsSorted() {
        assertThat(ContractValidator.operations()).hasSize(25).isSorted()
                .contains("CreateFlow", "UpdateFlow", "DescribeFlow", "DescribeFlowExecutionRecords", "StartFlow");
    }

    @Test
    void resolvesRequestAndResponseNamesInAnyCase() {
        assertThat(ContractValidator.resolveOperation("createflow")).contains("CreateFlow");
        assertThat(ContractValidator.resolveOperation("CreateFlowRequest")).contains("CreateFlow");
        assertThat(ContractValidator.resolveOperation("describeFlowExecutionRecordsResponse"))
                .contains("DescribeFlowExecutionRecordsResponse");
        assertThat(ContractValidator.resolveOperation("CreateFlows")).isEmpty();
        assertThat(ContractValidator.resolveOperation(null)).isEmpty();
    }

    @Test
    void unknownOperationIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> ContractValidator.forOperation("MakeFlow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MakeFlow").hasMessageContaining("CreateFlow");
    }

    @Test
    void eachEngineCanBeChosenExplicitly() {
        assertThat(ContractValidator.forOperation("CreateFlow", EngineKind.REFERENCE).engineKind())
                .isEqualTo(EngineKind.REFERENCE);
        assertThat(ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED).engineKind())
                .isEqualTo(EngineKind.COMPILED);
        assertThat(ContractValidator.forOperation("createflow", EngineKind.REFERENCE))
                .isSameAs(ContractValidator.forOperation("CreateFlow", EngineKind.REFERENCE));
    }

    @Test
    void compiledEngineIsAvailableForEveryOperation() {
        for (String operation : ContractValidator.operations()) {
            assertThat(ContractValidator.forOperation(operation, EngineKind.COMPILED).engineKind())
                    .as(operation)
                    .isEqualTo(EngineKind.COMPILED);
        }
    }
}
