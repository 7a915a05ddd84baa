package org.appflowcontracts.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.cli.BuildFileChecker;
import org.appflowcontracts.validator.cli.OutputFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowCheckTest {

    @TempDir
    Path project;

    private Path flows;

    @BeforeEach
    void copyFlows() throws IOException {
        flows = Files.createDirectories(project.resolve("src/main/appflow"));
        for (String name : List.of("valid.json", "upsert-without-id-fields.json", "on-demand-with-schedule.json")) {
            try (InputStream in = FlowCheckTest.class.getResourceAsStream("/flows/" + name)) {
                Files.copy(in, flows.resolve(name));
            }
        }
    }

    @Test
    void findingsAreLoggedAsLocatedLinesAndCounted() throws Exception {
        CapturingLog log = new CapturingLog();
        CheckSummary summary = new FlowCheck(options(Optional.empty(), List.of()), log).run();

        assertThat(log.lines).containsExactly(
                "[WARNING] " + flows.resolve("on-demand-with-schedule.json") + ":[6,5] "
                        + "TRIGGER_PROPERTIES_ONLY_FOR_SCHEDULED Remove triggerProperties, or change triggerType to"
                        + " Scheduled if the flow should run on this schedule. [/triggerConfig/triggerProperties]",
                "[ERROR] " + flows.resolve("upsert-without-id-fields.json") + ":[21,9] DEST_WRITE_OP_NEEDS_ID_FIELDS"
                        + " List the field(s) that identify existing records in idFieldNames, or use"
                        + " writeOperationType INSERT. [/destinationFlowConfigList/0/destinationConnectorProperties/"
                        + "Salesforce]");
        assertThat(summary.describe()).isEqualTo("3 files (3 checked, 0 unchanged): 1 error, 1 warning");
        assertThat(summary.fails()).isTrue();
        assertThat(summary.failureMessage(project)).isEqualTo("AppFlow contract check failed: 3 files (3 checked,"
                + " 0 unchanged): 1 error, 1 warning. The build fails on errors; the findings are listed above and"
                + " in target/appflow-contracts/appflow-contracts.sarif");
    }

    @Test
    void anUnchangedFileIsNotCheckedAgainButItsFindingsStillCount() throws Exception {
        Path state = project.resolve("target/state.json");
        CapturingLog first = new CapturingLog();
        new FlowCheck(options(Optional.of(state), List.of()), first).run();
        byte[] firstSarif = Files.readAllBytes(report("sarif"));

        CapturingLog second = new CapturingLog();
        CheckSummary summary = new FlowCheck(options(Optional.of(state), List.of()), second).run();

        assertThat(summary.describe()).isEqualTo("3 files (0 checked, 3 unchanged): 1 error, 1 warning");
        assertThat(summary.fails()).isTrue();
        assertThat(second.lines).isEqualTo(first.lines);
        assertThat(Files.readAllBytes(report("sarif"))).isEqualTo(firstSarif);
    }

    @Test
    void onlyTheChangedFileIsCheckedAgain() throws Exception {
        Path state = project.resolve("target/state.json");
        new FlowCheck(options(Optional.of(state), List.of()), new CapturingLog()).run();
        Path upsert = flows.resolve("upsert-without-id-fields.json");
        Files.writeString(upsert, Files.readString(upsert).replace("\"UPSERT\"", "\"INSERT\""));

        CheckSummary summary = new FlowCheck(options(Optional.of(state), List.of()), new CapturingLog()).run();

        assertThat(summary.describe()).isEqualTo("3 files (1 checked, 2 unchanged): 0 errors, 1 warning");
        assertThat(summary.fails()).isFalse();
    }

    @Test
    void anotherOperationChecksEveryFileAgain() throws Exception {
        Path state = project.resolve("target/state.json");
        new FlowCheck(options(Optional.of(state), List.of()), new CapturingLog()).run();

        CheckSummary summary = new FlowCheck(withOperation(options(Optional.of(state), List.of()), "CreateFlow"),
                new CapturingLog()).run();

        assertThat(summary.checked()).isEqualTo(3);
    }

    @Test
    void aDamagedStateOnlyCostsOneFullCheck() throws Exception {
        Path state = project.resolve("target/state.json");
        Files.createDirectories(state.getParent());
        Files.writeString(state, "{\"format\": 1, \"key\": ");

        CheckSummary summary = new FlowCheck(options(Optional.of(state), List.of()), new CapturingLog()).run();

        assertThat(summary.checked()).isEqualTo(3);
        assertThat(Files.readString(state)).startsWith("{\"format\":1,");
    }

    @Test
    void aMalformedFileIsALocatedErrorAndFailsTheBuild() throws Exception {
        Files.writeString(flows.resolve("broken.json"), "{\n  \"flowName\": \"x\",\n}\n", StandardCharsets.UTF_8);
        CapturingLog log = new CapturingLog();

        CheckSummary summary = new FlowCheck(options(Optional.empty(), List.of("upsert-*", "on-demand-*")), log)
                .run();

        assertThat(log.lines).singleElement().asString()
                .startsWith("[ERROR] " + flows.resolve("broken.json") + ":[3,1] input.malformed ");
        assertThat(summary.describe()).isEqualTo("2 files (2 checked, 0 unchanged): 0 errors, 0 warnings;"
                + " 1 file could not be checked");
        assertThat(summary.fails()).isTrue();
    }

    @Test
    void aFolderThatDoesNotExistHasNothingToCheck() throws Exception {
        CheckOptions options = options(Optional.empty(), List.of());
        CheckOptions missing = new CheckOptions(project, FlowFileSet.of(project.resolve("absent"), null, null),
                options.operation(), options.inputFormat(), options.contracts(), options.project(), options.threshold(),
                options.reportDirectory(), options.reportFormats(), options.stateFile(), "test", "test");

        CapturingLog log = new CapturingLog();
        CheckSummary summary = new FlowCheck(missing, log).run();

        assertThat(log.lines).containsExactly("[INFO] No flow files to check: " + project.resolve("absent")
                + " does not exist");
        assertThat(summary.describe()).isEqualTo("0 files (0 checked, 0 unchanged): 0 errors, 0 warnings");
        assertThat(summary.fails()).isFalse();
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void theNearestProjectConfigurationAppliesAndItsChangeChecksTheFilesAgain() throws Exception {
        Path state = project.resolve("target/state.json");
        Path configuration = flows.resolve(".appflow-contracts.yaml");
        Files.writeString(configuration, "version: 1\nrules:\n  TRIGGER_PROPERTIES_ONLY_FOR_SCHEDULED: error\n");
        CheckSummary first = new FlowCheck(options(Optional.of(state), List.of()), new CapturingLog()).run();
        assertThat(first.describe()).isEqualTo("3 files (3 checked, 0 unchanged): 2 errors, 0 warnings");

        Files.writeString(configuration, "version: 1\nrules:\n  TRIGGER_PROPERTIES_ONLY_FOR_SCHEDULED: off\n");
        CheckSummary second = new FlowCheck(options(Optional.of(state), List.of()), new CapturingLog()).run();

        assertThat(second.describe()).isEqualTo("3 files (3 checked, 0 unchanged): 1 error, 0 warnings");
    }

    @Test
    void aConfigurationThatCannotBeUsedStopsTheCheckWithItsLocatedProblem() throws IOException {
        Files.writeString(flows.resolve(".appflow-contracts.yaml"), "version: 1\nrules:\n  NO_SUCH_RULE: error\n");

        assertThatThrownBy(() -> new FlowCheck(options(Optional.empty(), List.of()), new CapturingLog()).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".appflow-contracts.yaml:3:")
                .hasMessageContaining("config.invalid")
                .hasMessageContaining("NO_SUCH_RULE");
    }

    @Test
    void anUnknownOperationIsAConfigurationErrorNamingTheKnownOnes() {
        CheckOptions options = withOperation(options(Optional.empty(), List.of()), "CreateFlows");

        assertThatThrownBy(() -> new FlowCheck(options, new CapturingLog()).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown operation 'CreateFlows' (known: ")
                .hasMessageContaining("CreateFlow, ");
    }

    private Path report(String extension) {
        return project.resolve("target/appflow-contracts/appflow-contracts." + extension);
    }

    private CheckOptions options(Optional<Path> state, List<String> excludes) {
        return new CheckOptions(project, FlowFileSet.of(flows, null, excludes), Optional.empty(), Optional.empty(),
                Optional.empty(), BuildFileChecker.Project.discovered(project), SeverityThreshold.of("error", false), project.resolve("target/appflow-contracts"),
                List.of(OutputFormat.SARIF, OutputFormat.JSON), state, "test", "test");
    }

    private static CheckOptions withOperation(CheckOptions o, String operation) {
        return new CheckOptions(o.baseDirectory(), o.files(), Optional.of(operation), o.inputFormat(), o.contracts(),
                o.project(), o.threshold(), o.reportDirectory(), o.reportFormats(), o.stateFile(), o.toolVersion(),
                o.toolFingerprint());
    }
}
