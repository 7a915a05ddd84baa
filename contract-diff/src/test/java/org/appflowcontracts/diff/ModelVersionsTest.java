package org.appflowcontracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.Compatibility;
import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.compare.FailOn;
import org.appflowcontracts.diff.format.DiffFormat;
import org.appflowcontracts.diff.read.ContractReader;
import org.junit.jupiter.api.Test;

/** The three AWS model snapshots kept in the schemas module, compared in each direction and format. */
class ModelVersionsTest {

    private static ContractDiff diff(java.nio.file.Path before, java.nio.file.Path after) {
        return ContractDiff.between(ContractReader.read(before), ContractReader.read(after));
    }

    @Test
    void theAugust2023UpdateOnlyAddsOptionalMembers() {
        ContractDiff diff = diff(Models.JUNE_2023, Models.AUGUST_2023);
        assertThat(diff.changes()).hasSize(8).allMatch(c -> c instanceof Change.MemberAdded);
        assertThat(diff.hasBreaking()).isFalse();
        assertThat(FailOn.BREAKING.fails(diff)).isFalse();
        assertThat(FailOn.ANY.fails(diff)).isTrue();
    }

    @Test
    void goingBackFromAugust2023RemovesMembersAndBreaks() {
        ContractDiff diff = diff(Models.AUGUST_2023, Models.JUNE_2023);
        assertThat(diff.changes()).hasSize(8).allMatch(c -> c instanceof Change.MemberRemoved);
        assertThat(diff.count(Compatibility.BREAKING)).isEqualTo(8);
        assertThat(FailOn.NONE.fails(diff)).isFalse();
    }

    @Test
    void since2023ServiceNowProfilesGainedOAuth2AndOptionalUserCredentials() {
        String text = DiffFormat.TEXT.formatter().format(diff(Models.AUGUST_2023, Models.JUNE_2026));
        assertThat(text).contains("compatible CreateConnectorProfile request connectorProfileConfig"
                + ".connectorProfileCredentials.ServiceNow.oAuth2Credentials: added (structure OAuth2Credentials, "
                + "optional)", "ServiceNow.username: now optional").endsWith("6 changes, 0 breaking\n");
    }

    @Test
    void jsonCarriesKindCompatibilityAndTypedFacts() {
        String json = DiffFormat.JSON.formatter().format(diff(Models.JUNE_2023, Models.AUGUST_2023));
        assertThat(json).contains("\"changes\" : 8", "\"breaking\" : 0", "\"kind\" : \"member-added\"",
                "\"path\" : \"flowExecutions[].executionResult.maxPageSize\"", "\"type\" : \"long\"",
                "\"required\" : false");
    }

    @Test
    void markdownIsATableWithOneRowPerChange() {
        String markdown = DiffFormat.MARKDOWN.formatter().format(diff(Models.AUGUST_2023, Models.JUNE_2023));
        assertThat(markdown.lines().filter(l -> l.startsWith("| ") && l.endsWith("| **breaking** |")))
                .hasSize(8);
        assertThat(markdown).contains("8 changes, 8 breaking.", "| DescribeFlowExecutionRecords | response | "
                + "`flowExecutions[].executionResult.maxPageSize` | removed (long) | **breaking** |");
    }

    @Test
    void identicalVersionsPrintNothingInTheAwsLayout() {
        assertThat(DiffFormat.AWS.formatter().format(diff(Models.AUGUST_2023, Models.AUGUST_2023))).isEmpty();
    }
}
