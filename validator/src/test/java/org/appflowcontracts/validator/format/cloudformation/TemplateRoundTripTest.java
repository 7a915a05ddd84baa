package org.appflowcontracts.validator.format.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.Position;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Differential test: every CreateFlow body of the API corpus and of the real-world mistakes, written as a
 * template (JSON and YAML) with the mapping used backwards, maps back to an equal request, and gets the same
 * findings, each located at an existing value of the template.
 */
class TemplateRoundTripTest {

    private static final List<Path> FOLDERS = List.of(Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/mistakes"));
    private static final ApiToTemplate WRITER = new ApiToTemplate();

    static List<Path> createFlowBodies() throws IOException {
        List<Path> bodies = new java.util.ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml"))
                        .sorted().toList()) {
                    LocatedDocument body = LocatedParser.parse(Files.readAllBytes(file), file.toString());
                    if (OperationDetector.detect(body.root(), file.toString()).orElse("").equals("CreateFlow")) {
                        bodies.add(file);
                    }
                }
            } catch (org.appflowcontracts.validator.InputException e) {
                throw new IllegalStateException(e);
            }
        }
        return bodies;
    }

    @TestFactory
    Stream<DynamicTest> everyApiFlowWrittenAsATemplateMapsBack() throws IOException {
        List<Path> bodies = createFlowBodies();
        assertThat(bodies).hasSizeGreaterThan(100);
        return bodies.stream().flatMap(file -> Stream.of("json", "yaml").map(syntax -> DynamicTest.dynamicTest(
                file.getFileName() + " as " + syntax, () -> roundTrip(file, syntax))));
    }

    private static void roundTrip(Path file, String syntax) throws Exception {
        JsonNode request = LocatedParser.parse(Files.readAllBytes(file), file.toString()).root();
        String text = syntax.equals("json") ? WRITER.json(request, "Flow") : WRITER.yaml(request, "Flow");
        LocatedDocument template = CloudFormationAdapter.parse(text.getBytes(StandardCharsets.UTF_8),
                "stack." + syntax);
        List<DeclaredFlow> flows = CloudFormationAdapter.shipped().flows(template);
        assertThat(flows).hasSize(1);
        DeclaredFlow flow = flows.get(0);
        JsonNode expected = WRITER.expressible(request);
        assertThat(flow.request()).as("request from the template of %s", file).isEqualTo(expected);

        ContractValidator validator = ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED);
        List<Violation> direct = validator.validate(expected).violations();
        List<Violation> viaTemplate = validator.validate(flow.request()).violations();
        assertThat(keys(viaTemplate)).isEqualTo(keys(direct));
        for (Violation finding : viaTemplate) {
            String pointer = flow.locator().filePointer(finding.pointer());
            assertThat(template.root().at(pointer).isMissingNode()).as("%s of %s", pointer, finding).isFalse();
            assertThat(flow.locator().position(finding.pointer())).isNotEqualTo(Position.UNKNOWN);
        }
    }

    private static Set<String> keys(List<Violation> violations) {
        return violations.stream().map(v -> v.ruleId() + " " + v.pointer()).collect(Collectors.toSet());
    }
}
