package org.appflowcontracts.validator.format.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ListShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.MapShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The Terraform mapping data checked against the API shapes and against real provider configurations. */
class TerraformMappingTest {

    private static final ApiShapes SHAPES = ApiShapes.shipped();
    private static final FormatMapping AWS = FormatMapping.shipped("terraform");

    @ParameterizedTest
    @ValueSource(strings = {"terraform", "terraform-awscc"})
    void everyKeyOfTheMappingNamesAnApiShapeAndMember(String format) {
        FormatMapping mapping = FormatMapping.shipped(format);
        List<String> keys = new ArrayList<>(mapping.renames().keySet());
        keys.addAll(mapping.reshapes().keySet());
        keys.addAll(mapping.notInFormat());
        keys.addAll(mapping.defaults().keySet());
        keys.addAll(mapping.omitted().keySet());

        assertThat(keys).isNotEmpty().allSatisfy(key -> {
            String[] parts = key.split("\\.", 2);
            assertThat(SHAPES.memberShape(parts[0], parts[1])).as(key).isPresent();
        });
        assertThat(mapping.fileOnly().keySet()).allSatisfy(shape -> assertThat(SHAPES.shape(shape)).isNotNull());
        assertThat(SHAPES.shape(mapping.requestShape())).isInstanceOf(ObjectShape.class);
    }

    /** Names as the aws provider's schema (internal/service/appflow/flow.go) spells them. */
    @ParameterizedTest
    @CsvSource({
        "CreateFlowRequest, flowName, name",
        "CreateFlowRequest, tasks, task",
        "CreateFlowRequest, destinationFlowConfigList, destination_flow_config",
        "CreateFlowRequest, kmsArn, kms_arn",
        "CreateFlowRequest, metadataCatalogConfig, metadata_catalog_config",
        "SourceConnectorProperties, SAPOData, sapo_data",
        "SourceConnectorProperties, CustomConnector, custom_connector",
        "SourceConnectorProperties, InforNexus, infor_nexus",
        "SourceConnectorProperties, ServiceNow, service_now",
        "SourceConnectorProperties, GoogleAnalytics, google_analytics",
        "DestinationConnectorProperties, EventBridge, event_bridge",
        "DestinationConnectorProperties, LookoutMetrics, lookout_metrics",
        "DestinationConnectorProperties, CustomerProfiles, customer_profiles",
        "Task, taskProperties, task_properties",
        "Task, connectorOperator, connector_operator",
        "TriggerConfig, triggerProperties, trigger_properties",
        "TriggerProperties, Scheduled, scheduled",
        "ScheduledTriggerProperties, scheduleStartTime, schedule_start_time",
        "S3SourceProperties, s3InputFormatConfig, s3_input_format_config",
        "S3InputFormatConfig, s3InputFileType, s3_input_file_type",
        "SourceFlowConfig, incrementalPullConfig, incremental_pull_config",
        "IncrementalPullConfig, datetimeTypeFieldName, datetime_type_field_name",
        "PrefixConfig, pathPrefixHierarchy, prefix_hierarchy",
        "S3OutputFormatConfig, preserveSourceDataTyping, preserve_source_data_typing",
        "ErrorHandlingConfig, failOnFirstDestinationError, fail_on_first_destination_error",
        "SAPODataDestinationProperties, successResponseHandlingConfig, success_response_handling_config",
        "CustomConnectorDestinationProperties, customProperties, custom_properties",
        "MetadataCatalogConfig, glueDataCatalog, glue_data_catalog",
        "ConnectorOperator, Trendmicro, trendmicro",
    })
    void theAwsProviderSpellsEachMemberAsItsSchemaDoes(String shape, String member, String providerName) {
        assertThat(SHAPES.memberShape(shape, member)).as(shape + "." + member).isPresent();
        assertThat(AWS.fileName(shape, member)).isEqualTo(providerName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-example.tf", "acc-basic.tf", "acc-multiple-tasks.tf",
        "acc-metadata-catalog.tf"})
    void everyNameInThePublicConfigurationsIsAnApiMember(String file) {
        List<TerraformResource> resources = TerraformResources.in(
                TerraformFixtures.read(TerraformFixtures.resource(file), InputFormat.TERRAFORM_HCL));
        List<String> unplaced = new ArrayList<>();

        assertThat(resources).isNotEmpty();
        resources.forEach(r -> unplaced(AWS.requestShape(), r.body(), r.address(), unplaced));
        assertThat(unplaced).isEmpty();
    }

    /** Collects the file members under {@code value} that no API member of the shape is spelt as. */
    private static void unplaced(String shapeName, JsonNode value, String path, List<String> out) {
        if (shapeName == null || Unknowns.isUnknown(value)) {
            return;
        }
        Shape shape = SHAPES.shape(shapeName);
        if (shape instanceof ObjectShape object && value.isArray()) {
            value.forEach(block -> unplaced(shapeName, block, path + "[]", out));
        } else if (shape instanceof ObjectShape object && value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                String api = apiMember(object, member.getKey());
                if (api == null && !AWS.isFileOnly(shapeName, member.getKey())) {
                    out.add(path + "." + member.getKey());
                } else if (api != null) {
                    unplaced(object.members().get(api), member.getValue(), path + "." + member.getKey(), out);
                }
            }
        } else if (shape instanceof ListShape list && value.isArray()) {
            value.forEach(item -> unplaced(list.itemShape(), item, path + "[]", out));
        } else if (shape instanceof MapShape map && value.isObject()) {
            value.forEach(item -> unplaced(map.valueShape(), item, path + "{}", out));
        }
    }

    private static String apiMember(ObjectShape shape, String fileName) {
        return shape.members().keySet().stream().filter(m -> AWS.fileName(shape.name(), m).equals(fileName))
                .findFirst().orElse(null);
    }
}
