package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --explain} answers for type-level ids and clock rules as it does for the overlay rules. */
class ExplainTypeLevelCliTest {

    @Test
    void explainingSchemaPatternGivesWhatWhyAndBothExamples() {
        CliTest.Result r = CliTest.run("--explain", "schema.pattern");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout())
                .contains("schema.pattern (error)")
                .contains("What: a string not in the required format")
                .contains("Why:  The AWS API model gives the member a format")
                .contains("Failing example:")
                .contains("\"kmsArn\" : \"alias/aws/appflow\"")
                .contains("Fixed example:")
                .contains("\"kmsArn\" : \"arn:aws:kms:us-east-1:123456789012:key/");
    }

    @Test
    void theClockRuleIsListedAndExplained() {
        assertThat(CliTest.run("--list-rules").stdout()).contains("SCHEDULE_START_IN_FUTURE");
        CliTest.Result r = CliTest.run("--explain", "SCHEDULE_START_IN_FUTURE");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("SCHEDULE_START_IN_FUTURE (warning)").contains("\"2020-01-01T00:00:00Z\"");
    }
}
