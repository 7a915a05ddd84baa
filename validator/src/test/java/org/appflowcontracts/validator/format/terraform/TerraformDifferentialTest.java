package org.appflowcontracts.validator.format.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every CreateFlow body of the API corpus, written as an {@code aws_appflow_flow} resource in HCL, reads back
 * through the HCL reader, the adapter and the mapping to the request the provider sends (its empty blocks left
 * out).
 */
class TerraformDifferentialTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final ApiToTerraform WRITER =
            new ApiToTerraform(ApiShapes.shipped(), FormatMapping.shipped("terraform"));

    static List<Path> createFlowBodies() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.getFileName().toString().matches("(?!update-).*\\.(json|ya?ml)"))
                    .sorted().toList();
        }
    }

    @Test
    void theCorpusHasCreateFlowBodies() throws IOException {
        assertThat(createFlowBodies()).hasSizeGreaterThan(50);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFlowWrittenAsTerraformMapsBackToAnEqualRequest() throws IOException {
        return createFlowBodies().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertRoundTrip(file)));
    }

    private static void assertRoundTrip(Path file) throws IOException, InputException {
        JsonNode body = LocatedParser.parse(Files.readAllBytes(file), file.getFileName().toString()).root();
        ObjectNode expected = (ObjectNode) WRITER.sent(body);
        expected.remove("clientToken"); // the provider generates it; a configuration cannot set it
        String hcl = WRITER.resource("corpus", body);

        List<DeclaredFlow> flows = TerraformFixtures.flows(hcl.getBytes(StandardCharsets.UTF_8),
                InputFormat.TERRAFORM_HCL);

        assertThat(flows).hasSize(1);
        assertThat(flows.get(0).request()).as(hcl).isEqualTo(expected);
    }
}
