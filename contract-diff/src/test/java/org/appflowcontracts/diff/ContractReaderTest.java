package org.appflowcontracts.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.model.Contract;
import org.appflowcontracts.diff.model.Node;
import org.appflowcontracts.diff.read.ContractReadException;
import org.appflowcontracts.diff.read.ContractReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractReaderTest {

    @TempDir
    Path work;

    @Test
    void theShippedContractsFolderReadsOperationsTreesAndRules() {
        Contract contract = ContractReader.read(Models.CONTRACTS);

        assertThat(contract.operations()).containsKeys("CreateFlow", "UpdateFlow", "DescribeFlowExecutionRecords");
        Node sapOData = contract.operations().get("CreateFlow").request().members().get("sourceFlowConfig").node()
                .members().get("sourceConnectorProperties").node().members().get("SAPOData").node();
        assertThat(sapOData.members()).containsKeys("objectPath", "paginationConfig", "parallelismConfig");
        assertThat(contract.operations().get("CreateFlow").rules())
                .containsEntry("DEST_WRITE_OP_NEEDS_ID_FIELDS", "error");
        assertThat(contract.operations().get("DescribeFlow").rules()).isEmpty();
        assertThat(ContractDiff.between(contract, ContractReader.read(Models.CONTRACTS)).changes()).isEmpty();
    }

    @Test
    void theServiceModelKeepsRequiredMembersAndIntegerWidths() {
        Node execution = ContractReader.read(Models.AUGUST_2023).operations().get("DescribeFlowExecutionRecords")
                .response().members().get("flowExecutions").node().element();
        Node result = execution.members().get("executionResult").node();

        assertThat(result.members().get("maxPageSize").node().type()).isEqualTo("long");
        assertThat(ContractReader.read(Models.AUGUST_2023).operations().get("CreateFlow").request().members()
                .get("flowName").required()).isTrue();
    }

    @Test
    void malformedJsonIsNamedWithItsLine() throws Exception {
        Path model = Files.writeString(work.resolve("model.json"), "{\n  \"operations\": {,\n}");
        assertThatThrownBy(() -> ContractReader.read(model)).isInstanceOf(ContractReadException.class)
                .hasMessageContaining("model.json: not well-formed JSON").hasMessageContaining("line 2");
    }

    @Test
    void anUnknownShapeIsNamedByItsPointer() throws Exception {
        Path model = Files.writeString(work.resolve("model.json"), """
                {"operations": {"Op": {"input": {"shape": "Missing"}}}, "shapes": {}}""");
        assertThatThrownBy(() -> ContractReader.read(model)).isInstanceOf(ContractReadException.class)
                .hasMessage(model + " at /operations/Op/input/shape: unknown shape 'Missing'");
    }

    @Test
    void aFolderWithoutShapesIsNotAContractsFolder() {
        assertThatThrownBy(() -> ContractReader.read(work)).isInstanceOf(ContractReadException.class)
                .hasMessageContaining("not a contracts folder");
    }

    @Test
    void aMissingPathIsReported() {
        assertThatThrownBy(() -> ContractReader.read(work.resolve("nowhere.json")))
                .hasMessageContaining("nowhere.json: no such file or directory");
    }
}
