package org.appflowcontracts.validator.format.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.Unknowns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flows as the CDK synthesizes them (cdklabs/cdk-appflow integration snapshots), with their template functions
 * ({@code Ref}, {@code Fn::GetAtt}, ...) standing as unknown values, as the CloudFormation adapter hands them over.
 */
class SynthesizedTemplatesTest {

    private static final ResourceSchemaCheck CFN = ResourceSchemaCheck.of(InputFormat.CLOUDFORMATION,
            "AWS::AppFlow::Flow");

    /** A template function (an object with the single member {@code Ref} or {@code Fn::...}) becomes unknown. */
    static JsonNode withUnknowns(JsonNode node) {
        if (node.isObject()) {
            if (node.size() == 1) {
                String only = node.propertyNames().iterator().next();
                if (only.equals("Ref") || only.startsWith("Fn::")) {
                    return Unknowns.unknown(only);
                }
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                copy.set(member.getKey(), withUnknowns(member.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(withUnknowns(item)));
            return copy;
        }
        return node;
    }

    private static int unknowns(JsonNode node) {
        if (Unknowns.isUnknown(node)) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += unknowns(child);
        }
        return count;
    }

    private static ObjectNode flow(String name) {
        return (ObjectNode) withUnknowns(ResourceSchemaCheckTest.fixture("cdk-appflow-" + name + ".properties.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ondemand-salesforce-to-s3", "ondemand-sapodata-to-s3", "onschedule-s3-to-salesforce"})
    void synthesizedFlowsPass(String name) {
        ObjectNode body = flow(name);
        assertThat(unknowns(body)).isPositive();
        assertThat(CFN.check(body)).isEmpty();
    }

    @Test
    void anUnknownValueIsNeverAFindingButAKnownMistakeBesideItIs() {
        ObjectNode body = flow("onschedule-s3-to-salesforce");
        ObjectNode s3 = (ObjectNode) body.at("/SourceFlowConfig/SourceConnectorProperties/S3");
        assertThat(Unknowns.isUnknown(s3.get("BucketName"))).isTrue();
        s3.set("BucketPrefix", Unknowns.unknown("Fn::Sub"));
        ((ObjectNode) body.at("/Tasks/0")).set("TaskType", Unknowns.unknown("Fn::If"));
        assertThat(CFN.check(body)).isEmpty();
        ((ObjectNode) body.at("/Tasks/0/ConnectorOperator")).put("S3", "PROJECT");
        List<Violation> findings = CFN.check(body);
        assertThat(findings).extracting(v -> v.ruleId() + " " + v.pointer())
                .containsExactly("cfn.schema.enum /Tasks/0/ConnectorOperator/S3");
    }
}
