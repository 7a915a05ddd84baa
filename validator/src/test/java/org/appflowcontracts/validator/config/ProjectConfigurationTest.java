package org.appflowcontracts.validator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.suppress.Suppression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigurationTest {

    @TempDir
    Path temp;

    private static final String CONFIG = """
            version: 1
            files:
              - match: "flows/updates/**"
                operation: updateflow
              - match: [legacy/*.json, "*.old.yaml"]
                ignore: [DEST_WRITE_OP_NEEDS_ID_FIELDS, CONNECTOR_OPERATOR_WHITELIST]
                reason: moved next quarter
            rules:
              FLOW_NAME_FORMAT: warning
              CONNECTOR_OPERATOR_WHITELIST.zendesk: info
              S3_SOURCE_PREFIX_REQUIRED: off
            """;

    private Path write(String relative, String text) throws Exception {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void pathsGiveOperationsCanonicallyNamedAndSayWhichEntry() throws Exception {
        ProjectConfiguration config = ProjectConfiguration.load(write(".appflow-contracts.yaml", CONFIG));
        OperationChoice choice = config.operationFor(temp.resolve("flows/updates/2024/orders.json")).orElseThrow();
        assertThat(choice.operation()).isEqualTo("UpdateFlow");
        assertThat(choice.basis()).isEqualTo(OperationChoice.Basis.CONFIGURATION);
        assertThat(choice.describe()).isEqualTo(
                "UpdateFlow (configuration: .appflow-contracts.yaml line 3, match flows/updates/**)");
        assertThat(config.operationFor(temp.resolve("flows/orders.json"))).isEmpty();
        assertThat(config.operationFor(temp.getParent().resolve("elsewhere/flows/updates/a.json"))).isEmpty();
    }

    @Test
    void ignoresApplyToMatchingPathsAndRulesOffEverywhere() throws Exception {
        ProjectConfiguration config = ProjectConfiguration.load(write(".appflow-contracts.yaml", CONFIG));
        assertThat(config.suppressionsFor(temp.resolve("legacy/a.json")))
                .extracting(Suppression::ruleId)
                .containsExactly("S3_SOURCE_PREFIX_REQUIRED", "DEST_WRITE_OP_NEEDS_ID_FIELDS", "CONNECTOR_OPERATOR_WHITELIST");
        assertThat(config.suppressionsFor(temp.resolve("deep/dir/x.old.yaml"))).hasSize(3);
        assertThat(config.suppressionsFor(temp.resolve("legacy/sub/a.json")))
                .extracting(Suppression::ruleId).containsExactly("S3_SOURCE_PREFIX_REQUIRED");
        Suppression ignored = config.suppressionsFor(temp.resolve("legacy/a.json")).get(1);
        assertThat(ignored.kind()).isEqualTo(Suppression.Kind.EXTERNAL);
        assertThat(ignored.justification()).isEqualTo("moved next quarter");
    }

    @Test
    void severitiesApplyToTheRuleAndItsSubRulesTheMostSpecificWinning() throws Exception {
        ProjectConfiguration config = ProjectConfiguration.load(write(".appflow-contracts.yaml", CONFIG
                + "  CONNECTOR_OPERATOR_WHITELIST: warning\n"));
        List<Violation> out = config.withSeverities(List.of(finding("FLOW_NAME_FORMAT"),
                finding("CONNECTOR_OPERATOR_WHITELIST.zendesk"), finding("CONNECTOR_OPERATOR_WHITELIST.marketo"),
                finding("schema.required")));
        assertThat(out).extracting(Violation::severity)
                .containsExactly(Severity.WARNING, Severity.INFO, Severity.WARNING, Severity.ERROR);
    }

    @Test
    void theNearestConfigurationWinsAndDiscoveryClimbsDirectories() throws Exception {
        write(".appflow-contracts.yaml", CONFIG);
        write("team/.appflow-contracts.yml", "files:\n  - match: '**'\n    operation: CreateFlow\n");
        Path deep = temp.resolve("team/flows/updates/x.json");
        assertThat(ProjectConfiguration.discover(deep).orElseThrow().file().getFileName().toString())
                .isEqualTo(".appflow-contracts.yml");
        assertThat(ProjectConfiguration.discover(temp.resolve("flows/updates/x.json")).orElseThrow()
                .operationFor(temp.resolve("flows/updates/x.json")).orElseThrow().operation()).isEqualTo("UpdateFlow");
    }

    @Test
    void anEmptyFileIsAConfigurationWithoutSettings() throws Exception {
        ProjectConfiguration config = ProjectConfiguration.load(write(".appflow-contracts.yaml", "\n"));
        assertThat(config.entries()).isEmpty();
        assertThat(config.rules()).isEmpty();
    }

    @Test
    void theSchemaRefusesMistakesWithTheirLineAndColumn() throws Exception {
        Path file = write(".appflow-contracts.yaml", """
                version: 1
                files:
                  - match: flows/**
                    operatoin: UpdateFlow
                rules:
                  FLOW_NAME_FORMAT: warn
                """);
        assertThatThrownBy(() -> ProjectConfiguration.load(file))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.describe()).anySatisfy(line -> assertThat(line)
                            .startsWith(file + ":4:").contains("error config.invalid unknown setting 'operatoin'"));
                    assertThat(e.describe()).anySatisfy(line -> assertThat(line)
                            .startsWith(file + ":6:").contains("must be one of"));
                });
    }

    @Test
    void unknownOperationsAndBrokenYamlAreLocated() throws Exception {
        Path unknown = write("a/.appflow-contracts.yaml", "files:\n  - match: x\n    operation: CreateFlows\n");
        assertThatThrownBy(() -> ProjectConfiguration.load(unknown))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.describe())
                        .singleElement().asString().startsWith(unknown + ":3:")
                        .endsWith(": error config.invalid unknown operation 'CreateFlows';"
                                + " expected one of " + String.join(", ",
                                org.appflowcontracts.validator.ContractValidator.operations())
                                + " (or <Operation>Response for a response body)"));
        Path broken = write("b/.appflow-contracts.yaml", "files: [\n");
        assertThatThrownBy(() -> ProjectConfiguration.load(broken))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems().get(0).line())
                        .isPositive());
    }

    @Test
    void misspeltRuleIdsAreRefusedWhereTheyAreWritten() throws Exception {
        Path file = write(".appflow-contracts.yaml", """
                files:
                  - match: legacy/**
                    ignore: [DEST_WRITE_OP_NEEDS_ID_FIELD]
                rules:
                  CONNECTOR_OPERATOR_WHITELIST: warning
                  FLOW_NAME_FROMAT: off
                """);
        assertThatThrownBy(() -> ProjectConfiguration.load(file))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigurationException.Problem::line).containsExactly(6, 3);
                    assertThat(e.problems().get(0).message()).isEqualTo(
                            "unknown rule 'FLOW_NAME_FROMAT'; see appflow-validate --list-rules");
                    assertThat(e.problems().get(1).message()).contains("'DEST_WRITE_OP_NEEDS_ID_FIELD'");
                });
        assertThat(ProjectConfiguration.load(file, id -> true).rules()).hasSize(2);
    }

    @Test
    void globsMatchWithinAndAcrossDirectories() {
        assertThat(Glob.of("flows/*.json").matches("flows/a.json")).isTrue();
        assertThat(Glob.of("flows/*.json").matches("flows/x/a.json")).isFalse();
        assertThat(Glob.of("flows/**/*.json").matches("flows/a.json")).isTrue();
        assertThat(Glob.of("flows/**/*.json").matches("flows/x/y/a.json")).isTrue();
        assertThat(Glob.of("update-*.{json,yaml}").matches("deep/update-x.yaml")).isTrue();
        assertThat(Glob.of("./flows/?.json").matches("flows/a.json")).isTrue();
        assertThat(Glob.of("flows/a+b.json").matches("flows/a+b.json")).isTrue();
        assertThat(Glob.of("flows/a+b.json").matches("flows/aab.json")).isFalse();
    }

    private static Violation finding(String ruleId) {
        return new Violation(ruleId, Severity.ERROR, "/x", "", "m", 1, 1);
    }
}
