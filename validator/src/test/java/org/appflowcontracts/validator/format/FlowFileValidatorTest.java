package org.appflowcontracts.validator.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/** The file-level pipeline: an API body goes through it unchanged; unknown values need the compiled engine. */
class FlowFileValidatorTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void apiBodiesGetExactlyTheFindingsOfTheContractValidator() throws IOException, InputException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(EXAMPLES)) {
            files = listed.filter(p -> p.toString().matches(".*\\.(json|ya?ml)")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            FileReport report = FlowFileValidator.standard().validate(file);
            assertThat(report.format()).isEqualTo(InputFormat.API_BODY);
            assertThat(report.resources()).singleElement().satisfies(r -> assertThat(r.resource()).isNull());
            String operation = report.resources().get(0).report().operation();
            List<Violation> direct = ContractValidator.forOperation(operation).validate(file).violations();
            assertThat(report.violations()).as(file.toString()).isEqualTo(direct);
        }
    }

    @Test
    void aRequestWithAnUnknownValueIsRefusedByTheReferenceEngineWithItsPosition() {
        ObjectNode request = JsonMapper.builder().build().createObjectNode().put("flowName", "f");
        request.set("kmsArn", Unknowns.unknown("!Ref Key"));
        DeclaredFlow flow = new DeclaredFlow("Flow", "CreateFlow", request, new TemplateLike());
        FormatAdapter adapter = new FormatAdapter() {
            @Override
            public InputFormat format() {
                return InputFormat.CLOUDFORMATION;
            }

            @Override
            public List<DeclaredFlow> flows(LocatedDocument file, String sourceName) {
                return List.of(flow);
            }
        };
        FlowFileValidator files = new FlowFileValidator(FormatAdapters.of(adapter),
                op -> ContractValidator.forOperation(op, EngineKind.REFERENCE));
        assertThatThrownBy(() -> files.validate("{}".getBytes(), "t.json", Optional.of(InputFormat.CLOUDFORMATION)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("/Resources/Flow/Properties/kmsArn")
                .hasMessageContaining("compiled engine")
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(7));
    }

    @Test
    void aFormatThisBuildDoesNotReadIsAnInputError() {
        FlowFileValidator apiOnly = new FlowFileValidator(FormatAdapters.of(new ApiBodyAdapter(null)),
                ContractValidator::forOperation);
        assertThatThrownBy(() -> apiOnly.validate("resource {}".getBytes(), "main.tf"))
                .isInstanceOf(InputException.class).hasMessageContaining("terraform");
    }

    /** Pointers as a template's, every value on line 7. */
    private record TemplateLike() implements FileLocator {
        @Override
        public String filePointer(String requestPointer) {
            return "/Resources/Flow/Properties" + requestPointer;
        }

        @Override
        public Position position(String requestPointer) {
            return new Position(7, 3);
        }

        @Override
        public String inFileTerms(String message) {
            return message;
        }
    }

    @Test
    void unknownValuesAreFoundInDocumentOrder() {
        ObjectNode request = JsonMapper.builder().build().createObjectNode();
        request.putArray("tasks").addObject().set("taskType", Unknowns.unknown("!Ref T"));
        request.set("kmsArn", Unknowns.unknown("!Ref K"));
        assertThat(Unknowns.firstUnknown(request)).contains("/tasks/0/taskType");
        assertThat(Unknowns.firstUnknown(JsonMapper.builder().build().createObjectNode())).isEmpty();
        assertThat(Unknowns.isUnknown(request.get("kmsArn"))).isTrue();
        assertThat(Unknowns.isUnknown(request)).isFalse();
    }
}
