package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own copy of the contracts folder, with one house rule added, checked through {@code --schemas}. */
class HouseRulesCliTest {

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
                    "explanation": "Our cost reports group flows by the team tag.",
                    "examples": {"failing": {"flowName": "a1"}, "fixed": {"flowName": "a1", "tags": {"team": "data"}}}
                  },
                  "required": ["tags"],
                  "properties": {"tags": {"required": ["team"]}}
                }
              }
            }""";

    @TempDir
    static Path work;
    private static Path contracts;

    @BeforeAll
    static void copyTheContractsAndAddAHouseRule() throws Exception {
        contracts = work.resolve("appflow-schemas");
        URI uri = HouseRulesCliTest.class.getClassLoader().getResource(CONTRACTS + "CreateFlowRequest.contract.schema.json")
                .toURI();
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

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void aHouseRuleFiresOnlyWithTheTeamsContracts() {
        CliTest.Result bundled = CliTest.run(CliTest.GOOD_JSON);
        assertThat(bundled.stdout()).doesNotContain("HOUSE_TEAM_TAG");

        CliTest.Result house = CliTest.run("--schemas", contracts.toString(), CliTest.GOOD_JSON);
        assertThat(house.exitCode()).as("%s", house).isZero();
        assertThat(house.lines()).anySatisfy(line -> assertThat(line)
                .contains(": warning HOUSE_TEAM_TAG Add a 'team' tag naming the team that owns this flow."));
        assertThat(house.lines()).last().isEqualTo("1 file, 0 errors, 1 warning");
    }

    @Test
    void theCatalogOfTheTeamsContractsListsTheHouseRule() {
        CliTest.Result r = CliTest.run("--list-rules", "--schemas", contracts.toString());
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.lines()).anySatisfy(line -> assertThat(line).startsWith("HOUSE_TEAM_TAG").contains("warning"));
        assertThat(r.lines()).anySatisfy(line -> assertThat(line).startsWith("FLOW_NAME_FORMAT"));
    }

    @Test
    void theTeamsContractsCannotBeCheckedByGeneratedValidators() {
        CliTest.Result r = CliTest.run("--schemas", contracts.toString(), "--engine", "compiled", CliTest.GOOD_JSON);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("--schemas cannot be combined with --engine compiled");
    }

    @Test
    void aMissingContractsFolderIsAUsageError() {
        CliTest.Result r = CliTest.run("--schemas", work.resolve("nowhere").toString(), CliTest.GOOD_JSON);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("is not a directory");
    }

    @Test
    void aFolderWithoutTheOperationsContractSaysWhatIsMissing() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty-contracts"));
        CliTest.Result r = CliTest.run("--schemas", empty.toString(), CliTest.GOOD_JSON);
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.stderr()).contains("has no CreateFlowRequest.contract.schema.json");
        assertThat(List.of(r.stdout(), r.stderr())).noneMatch(text -> text.contains("Exception"));
    }

    @Test
    void aBrokenSchemaFileIsNamedWithItsLineAndColumn() throws IOException {
        Path broken = work.resolve("broken-contracts");
        copyTree(contracts, broken);
        Files.writeString(broken.resolve("rules/house.rules.json"), "{\n  \"allOf\": [\n");
        CliTest.Result r = CliTest.run("--schemas", broken.toString(), CliTest.GOOD_JSON);
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.stderr()).contains(broken.resolve("rules/house.rules.json") + ": not valid JSON (line 3, column 1)")
                .doesNotContain("Source: REDACTED");
    }
}
