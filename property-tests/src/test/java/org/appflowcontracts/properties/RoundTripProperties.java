package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.properties.gen.FlowGenerator;
import org.appflowcontracts.properties.gen.SchemaValues;
import org.appflowcontracts.samples.appflow.CreateFlowRequest;
import org.appflowcontracts.samples.appflow.DescribeFlowExecutionRecordsResponse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

/**
 * The generated records (as a consumer build generates them) carry valid documents losslessly:
 * JSON → record → JSON is the same tree, and record → toBuilder() → record is the same record.
 * Timestamps are compared as instants: the records hold them as {@code Instant} and write RFC 3339 UTC strings,
 * so an epoch-seconds number or an offset string comes back in that one form with the same meaning.
 */
class RoundTripProperties {

    @Property(seed = Seeds.FIXED)
    void createFlowRoundTrips(@ForAll("createFlows") JsonNode flow) {
        CreateFlowRequest record = Contracts.JSON.treeToValue(flow, CreateFlowRequest.class);
        assertThat(JsonDiff.differences(Timestamps.normalized(flow), Timestamps.normalized(Contracts.JSON.valueToTree(record))))
                .as("JSON → record → JSON differences").isEmpty();
        assertThat(record.toBuilder().build()).as("record → toBuilder() → record").isEqualTo(record);
    }

    @Property(seed = Seeds.FIXED)
    void executionRecordsResponseRoundTrips(@ForAll("executionRecords") JsonNode response) {
        DescribeFlowExecutionRecordsResponse record = Contracts.JSON.treeToValue(response,
                DescribeFlowExecutionRecordsResponse.class);
        assertThat(JsonDiff.differences(Timestamps.normalized(response), Timestamps.normalized(Contracts.JSON.valueToTree(record))))
                .as("JSON → record → JSON differences").isEmpty();
        assertThat(record.toBuilder().build()).as("record → toBuilder() → record").isEqualTo(record);
    }

    @Provide
    Arbitrary<JsonNode> createFlows() {
        return Arbitraries.randomValue(random -> new FlowGenerator(random).createFlow());
    }

    /** Schema-generated responses that both engines accept without findings. */
    @Provide
    Arbitrary<JsonNode> executionRecords() {
        Engines engines = Engines.of("DescribeFlowExecutionRecordsResponse");
        return Arbitraries.randomValue(random -> new SchemaValues(random, 0.7)
                .generate(Contracts.entry("DescribeFlowExecutionRecordsResponse"), 0))
                .filter(document -> engines.referenceFindings(document).isEmpty());
    }
}
