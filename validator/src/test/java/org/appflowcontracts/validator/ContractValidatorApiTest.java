package org.appflowcontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.compiled.CompiledEngineFactory;
import org.appflowcontracts.validator.engine.ValidationEngine;
import org.appflowcontracts.validator.engine.ValidationEngineFactory;
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

    @Test
    void namedEngineFactoriesReplaceTheServiceLookUp() {
        List<String> asked = new ArrayList<>();
        ValidationEngineFactory counting = new ValidationEngineFactory() {
            @Override
            public EngineKind kind() {
                return EngineKind.COMPILED;
            }

            @Override
            public Optional<ValidationEngine> create(String documentKind) {
                asked.add(documentKind);
                return new CompiledEngineFactory().create(documentKind);
            }
        };
        try {
            ContractValidator.useEngineFactories(List.of(counting));
            assertThat(ContractValidator.forOperation("CreateFlow").engineKind()).isEqualTo(EngineKind.COMPILED);
            assertThat(asked).containsExactly("CreateFlow");
            ContractValidator.useEngineFactories(List.of());
            assertThat(ContractValidator.forOperation("CreateFlow").engineKind()).isEqualTo(EngineKind.REFERENCE);
        } finally {
            ContractValidator.useEngineFactories(null);
        }
        assertThat(ContractValidator.forOperation("CreateFlow").engineKind()).isEqualTo(EngineKind.COMPILED);
        assertThat(asked).containsExactly("CreateFlow");
    }
}
