package org.appflowcontracts.validator.unknowns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A member UpdateFlow refuses is refused whatever its value: its presence is known even when a template leaves its
 * value open ({@code Tags: !Ref Tags}), so the compiled engine reports it as the reference engine does with a known
 * value — the rule, not the type-level {@code schema.additionalProperties} the rule hides.
 */
class UnknownForbiddenMemberTest {

    private static final Path FLOW = Path.of("src/test/resources/corpus/s3-accounts-to-salesforce-upsert.json");

    private static ObjectNode flow() throws Exception {
        return (ObjectNode) LocatedParser.parse(Files.readAllBytes(FLOW), FLOW.toString()).root();
    }

    private static List<String> findings(EngineKind engine, JsonNode flow) {
        return ContractValidator.forOperation("UpdateFlow", engine).validate(flow).violations().stream()
                .map(v -> v.ruleId() + " " + v.pointer()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tags", "kmsArn"})
    void anUnknownValueOfARefusedMemberIsStillRefused(String member) throws Exception {
        ObjectNode known = flow();
        known.set(member, member.equals("tags")
                ? known.objectNode().put("team", "sales")
                : known.stringNode("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
        ObjectNode unknown = flow();
        unknown.set(member, Unknowns.unknown("!Ref " + member));

        List<String> reference = findings(EngineKind.REFERENCE, known);
        assertThat(reference).containsExactly("UPDATE_NO_KMS_NO_TAGS /" + member);
        assertThat(findings(EngineKind.COMPILED, known)).isEqualTo(reference);
        assertThat(findings(EngineKind.COMPILED, unknown)).isEqualTo(reference);
    }
}
