package org.appflowcontracts.validator.format.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Member names in messages are spelt as the file spells them; prose words that look like members are left alone. */
class MessageSpellingTest {

    private static final MessageSpelling TERRAFORM =
            MessageSpelling.of(ApiShapes.shipped(), FormatMapping.shipped("terraform"));

    @Test
    void membersInsideASentenceTakeTheFilesSpelling() {
        assertThat(TERRAFORM.rewrite("List the field(s) in idFieldNames, or use writeOperationType INSERT."))
                .isEqualTo("List the field(s) in id_field_names, or use write_operation_type INSERT.");
    }

    @Test
    void aMemberNameOpeningAMessageIsStillRespelt() {
        assertThat(TERRAFORM.rewrite("failOnFirstDestinationError and s3InputFileType"))
                .isEqualTo("fail_on_first_destination_error and s3_input_file_type");
    }

    @Test
    void aConnectorNameOpeningASentenceStaysProse() {
        assertThat(TERRAFORM.rewrite("Zendesk filters only with PROJECTION. Zendesk is strict; Zendesk too."))
                .isEqualTo("Zendesk filters only with PROJECTION. Zendesk is strict; Zendesk too.");
        assertThat(TERRAFORM.rewrite("Use 'Zendesk' under connectorOperator."))
                .isEqualTo("Use 'zendesk' under connector_operator.");
    }

    @Test
    void aCapitalisedWordInsideASentenceIsAProductOrAValueNotAMember() {
        assertThat(TERRAFORM.rewrite("Remove enableDynamicFieldUpdate, or send the flow to Amazon S3; other destinations"
                + " keep the mapped fields only.")).isEqualTo("Remove enable_dynamic_field_update, or send the flow to"
                + " Amazon S3; other destinations keep the mapped fields only.");
        assertThat(TERRAFORM.rewrite("Remove triggerProperties, or change triggerType to Scheduled."))
                .isEqualTo("Remove trigger_properties, or change trigger_type to Scheduled.");
        assertThat(TERRAFORM.rewrite("Set S3.bucketPrefix to the folder.")).isEqualTo("Set s3.bucket_prefix to the folder.");
    }

    /** A suggested value is written as the value is: S3, not the block name s3 that would be refused. */
    @Test
    void theValuesOfAnEnumerationAndItsSuggestionStayAsListed() {
        assertThat(TERRAFORM.rewrite("must be one of Scheduled, Event, OnDemand; did you mean 'Scheduled'?"))
                .isEqualTo("must be one of Scheduled, Event, OnDemand; did you mean 'Scheduled'?");
        assertThat(TERRAFORM.rewrite("must be one of Salesforce, S3, Zendesk; did you mean 'S3'?"))
                .isEqualTo("must be one of Salesforce, S3, Zendesk; did you mean 'S3'?");
        // A quoted member outside the listed values is still respelt.
        assertThat(TERRAFORM.rewrite("missing required member 'scheduleExpression'"))
                .isEqualTo("missing required member 'schedule_expression'");
    }
}
