package org.appflowcontracts.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.appflowcontracts.validator.cli.BuildFileChecker;
import org.appflowcontracts.validator.cli.OutputFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's copy of the contracts with a house rule (contractsDirectory), and its effect on reuse. */
class HouseRulesCheckTest {

    private static final String CONTRACTS = "schemas/appflow/2020-08-23/";
    private static final String HOUSE_RULE = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.appflowcontracts.org/appflow/2020-08-23/rules/house.rules.json",
              "allOf": [{"$ref": "#/$defs/HOUSE_TEAM_TAG"}],
              "$defs": {
                "HOUSE_TEAM_TAG": {
                  "appflowRule": {
                    "id": "HOUSE_TEAM_TAG",
                    "severity": "warning",
                    "summary": "Every flow names its owning team in a tag",
                    "message": "Add a 'team' tag naming the team that owns this flow.",
                    "explanation": "Cost reports group flows by the team tag.",
                    "examples": {"failing": {"flowName": "a1"}, "fixed": {"flowName": "a1", "tags": {"team": "data"}}}
                  },
                  "required": ["tags"],
                  "properties": {"tags": {"required": ["team"]}}
                }
              }
            }""";

    @TempDir
    Path project;

    private Path contracts;

    @BeforeEach
    void copyTheContractsAndAddAHouseRule() throws Exception {
        Path flows = Files.createDirectories(project.resolve("src/main/appflow"));
        try (InputStream in = getClass().getResourceAsStream("/flows/valid.json")) {
            Files.copy(in, flows.resolve("valid.json"));
        }
        contracts = project.resolve("src/main/appflow-schemas");
        URI uri = getClass().getClassLoader().getResource(CONTRACTS + "CreateFlowRequest.contract.schema.json").toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyTree(jar.provider().getPath(uri).getParent(), contracts);
            }
        } else {
            copyTree(Path.of(uri).getParent(), contracts);
        }
        Files.writeString(contracts.resolve("rules/house.rules.json"), HOUSE_RULE);
        Path contract = contracts.resolve("CreateFlowRequest.contract.schema.json");
        Files.writeString(contract, Files.readString(contract).replace(
                "{\"$ref\": \"CreateFlowRequest.schema.json\"},",
                "{\"$ref\": \"CreateFlowRequest.schema.json\"}, {\"$ref\": \"rules/house.rules.json\"},"));
    }

    @Test
    void aHouseRuleIsCheckedAndAChangeToItChecksTheFilesAgain() throws Exception {
        CapturingLog log = new CapturingLog();
        CheckSummary first = new FlowCheck(options(contracts), log).run();
        assertThat(first.describe()).isEqualTo("1 file (1 checked, 0 unchanged): 0 errors, 1 warning");
        assertThat(log.lines).singleElement().asString().startsWith("[WARNING] ").contains(":[1,1] HOUSE_TEAM_TAG ");

        Path rule = contracts.resolve("rules/house.rules.json");
        Files.writeString(rule, Files.readString(rule).replace("\"warning\"", "\"error\""));
        CheckSummary second = new FlowCheck(options(contracts), new CapturingLog()).run();

        assertThat(second.describe()).isEqualTo("1 file (1 checked, 0 unchanged): 1 error, 0 warnings");
        assertThat(second.fails()).isTrue();
    }

    @Test
    void aMissingContractsFolderIsAClearConfigurationError() {
        Path missing = project.resolve("nowhere");
        assertThatThrownBy(() -> new FlowCheck(options(missing), new CapturingLog()).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contractsDirectory " + missing + " is not a folder; give your copy of the contracts"
                        + " folder (appflow/2020-08-23)");
    }

    private CheckOptions options(Path contractsFolder) {
        return new CheckOptions(project, FlowFileSet.of(project.resolve("src/main/appflow"), null, null),
                Optional.empty(), Optional.empty(), Optional.of(contractsFolder),
                BuildFileChecker.Project.discovered(project), SeverityThreshold.of("error", false),
                project.resolve("target/appflow-contracts"), List.of(OutputFormat.SARIF),
                Optional.of(project.resolve("target/state.json")), "test", "test");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
