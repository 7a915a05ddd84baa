package org.appflowcontracts.validator.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.appflowcontracts.validator.InputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The short forms of CloudFormation functions, read as their long forms where templates are read. */
class CloudFormationTagsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LocatedDocument template(String yaml) throws InputException {
        return LocatedParser.parse(yaml.getBytes(StandardCharsets.UTF_8), "stack.yaml", YamlTags.CLOUDFORMATION);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void everyShortFormIsItsLongForm() throws Exception {
        LocatedDocument doc = template("""
                a: !Ref Bucket
                b: !Sub 'arn:${AWS::Partition}:kms:key'
                c: !GetAtt Key.Arn
                d: !GetAtt [Key, Arn]
                e: !Join [':', [a, !Ref B]]
                f: !If [IsProd, !Ref P, !Ref AWS::NoValue]
                g: !Select [0, !GetAZs '']
                h: !Split [',', !ImportValue Shared]
                i: !FindInMap [Map, !Ref AWS::Region, Key]
                j: !Base64 text
                k: !Cidr [10.0.0.0/16, 4, 8]
                l: !And [!Equals [a, b], !Or [!Not [!Condition C], !Condition D]]
                m: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}
                n: !GetAtt Res.Attr.With.Dots
                """);
        assertThat(doc.root()).isEqualTo(json("""
                {"a": {"Ref": "Bucket"},
                 "b": {"Fn::Sub": "arn:${AWS::Partition}:kms:key"},
                 "c": {"Fn::GetAtt": ["Key", "Arn"]},
                 "d": {"Fn::GetAtt": ["Key", "Arn"]},
                 "e": {"Fn::Join": [":", ["a", {"Ref": "B"}]]},
                 "f": {"Fn::If": ["IsProd", {"Ref": "P"}, {"Ref": "AWS::NoValue"}]},
                 "g": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
                 "h": {"Fn::Split": [",", {"Fn::ImportValue": "Shared"}]},
                 "i": {"Fn::FindInMap": ["Map", {"Ref": "AWS::Region"}, "Key"]},
                 "j": {"Fn::Base64": "text"},
                 "k": {"Fn::Cidr": ["10.0.0.0/16", 4, 8]},
                 "l": {"Fn::And": [{"Fn::Equals": ["a", "b"]},
                        {"Fn::Or": [{"Fn::Not": [{"Condition": "C"}]}, {"Condition": "D"}]}]},
                 "m": {"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/k"}}},
                 "n": {"Fn::GetAtt": ["Res", "Attr.With.Dots"]}}
                """));
    }

    @Test
    void theLongFormStandsWhereTheTagIsAndLaterValuesKeepTheirPositions() throws Exception {
        LocatedDocument doc = template("""
                Properties:
                  KMSArn: !GetAtt Key.Arn
                  Tasks: !If
                    - UseAll
                    - [{TaskType: Map_all}]
                    - !Ref AWS::NoValue
                  FlowName: accounts
                """);
        assertThat(doc.positionOf("/Properties/KMSArn")).isEqualTo(new Position(2, 3));
        assertThat(doc.positionOf("/Properties/KMSArn/Fn::GetAtt").line()).isEqualTo(2);
        assertThat(doc.positionOf("/Properties/KMSArn/Fn::GetAtt/1").line()).isEqualTo(2);
        assertThat(doc.positionOf("/Properties/Tasks/Fn::If/1/0/TaskType")).isEqualTo(new Position(5, 9));
        assertThat(doc.positionOf("/Properties/Tasks/Fn::If/2/Ref").line()).isEqualTo(6);
        assertThat(doc.positionOf("/Properties/FlowName")).isEqualTo(new Position(7, 3));
    }

    @Test
    void anchoredShortFormsAreCopiedWhole() throws Exception {
        LocatedDocument doc = template("a: &bucket !Ref [Bucket]\nb: *bucket\n");
        assertThat(doc.root().get("b")).isEqualTo(json("{\"Ref\": [\"Bucket\"]}"));
    }

    @Test
    void otherTagsStayRefusedInTemplatesAndShortFormsInRequestBodies() {
        assertThatThrownBy(() -> template("a: !Refs Bucket\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("YAML tag !Refs");
        assertThatThrownBy(() -> template("a: !!binary aGVsbG8=\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("YAML tag !!binary");
        assertThatThrownBy(() -> LocatedParser.parse("a: !Ref B\n".getBytes(StandardCharsets.UTF_8), "flow.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("YAML tag !Ref");
    }
}
