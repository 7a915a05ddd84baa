package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.properties.gen.FlowGenerator;
import org.appflowcontracts.properties.gen.SchemaValues;
import org.appflowcontracts.samples.appflow.CreateFlowRequest;
import org.appflowcontracts.samples.appflow.DescribeFlowExecutionRecordsResponse;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import tools.jackson.databind.JsonNode;

/**
 * The generated records (as a consumer build generates them) carry valid documents losslessly:
 * JSON → record → JSON is the same tree, and record → toBuilder() → record is the same record.
 * Timestamps are compared as instants: the records hold them as {@code Instant} and write RFC 3339 UTC strings,
 * so an epoch-seconds number or an offset string comes back in that one form with the same meaning.
 */
class RoundTripProperties {

    @Test
    void createFlowRoundTrips() {
        PropertyCheck.forAll(SourceRandom.gen(random -> new FlowGenerator(random).createFlow()),
                RoundTripProperties::createFlowRoundTrips);
    }

    @Test
    void executionRecordsResponseRoundTrips() {
        PropertyCheck.forAll(executionRecords(), RoundTripProperties::executionRecordsResponseRoundTrips);
    }

    private static void createFlowRoundTrips(JsonNode flow) {
        CreateFlowRequest record = Contracts.JSON.treeToValue(flow, CreateFlowRequest.class);
        assertThat(JsonDiff.differences(Timestamps.normalized(flow), Timestamps.normalized(Contracts.JSON.valueToTree(record))))
                .as("JSON → record → JSON differences").isEmpty();
        assertThat(record.toBuilder().build()).as("record → toBuilder() → record").isEqualTo(record);
    }

    private static void executionRecordsResponseRoundTrips(JsonNode response) {
        DescribeFlowExecutionRecordsResponse record = Contracts.JSON.treeToValue(response,
                DescribeFlowExecutionRecordsResponse.class);
        assertThat(JsonDiff.differences(Timestamps.normalized(response), Timestamps.normalized(Contracts.JSON.valueToTree(record))))
                .as("JSON → record → JSON differences").isEmpty();
        assertThat(record.toBuilder().build()).as("record → toBuilder() → record").isEqualTo(record);
    }

    /** Schema-generated responses that both engines accept without findings. */
    private static Gen<JsonNode> executionRecords() {
        Engines engines = Engines.of("DescribeFlowExecutionRecordsResponse");
        return SourceRandom.gen(random -> new SchemaValues(random, 0.7)
                .generate(Contracts.entry("DescribeFlowExecutionRecordsResponse"), 0))
                .assuming(document -> engines.referenceFindings(document).isEmpty());
    }
}
