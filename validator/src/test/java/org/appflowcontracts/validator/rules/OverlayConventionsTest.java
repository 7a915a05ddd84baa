package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Rule ownership is found lexically (the nearest enclosing {@code appflowRule} in the overlay file), so a
 * {@code $ref} inside a rule may leave the rule node only where its failures are never reported on their own:
 * inside {@code if}, {@code not}, {@code contains}, {@code anyOf}/{@code oneOf} branches or a custom keyword's
 * {@code where} predicate. Otherwise its failures would be reported as type-level violations.
 */
class OverlayConventionsTest {

    private static final Set<String> CONDITION_KEYWORDS = Set.of("if", "not", "contains", "anyOf", "oneOf", "where");

    @Test
    void refsLeavingARuleNodeAreOnlyUsedAsConditions() {
        assertThat(offendingRefs(RuleCatalog.load().index())).as("reported $refs leaving their rule node").isEmpty();
    }

    @Test
    void aReportedRefLeavingTheRuleIsFound() {
        String leaky = SchemaResources.ID_PREFIX + "appflow/test/leaky.rules.json";
        RuleIndex index = RuleIndex.load(new SchemaResources("engine/lint-schemas/"), List.of(leaky));
        assertThat(offendingRefs(index))
                .containsExactly("LEAKY_RULE: /$defs/LEAKY_RULE/properties/a/$ref -> #/$defs/helper");
    }

    static List<String> offendingRefs(RuleIndex index) {
        List<String> offending = new ArrayList<>();
        for (RuleInfo rule : index.ruleNodes()) {
            JsonNode node = index.schemaNode(rule.schemaDocument(), rule.schemaPointer()).orElseThrow();
            collect(rule, node, rule.schemaPointer(), false, offending);
        }
        return offending;
    }

    @Test
    void everyRuleNodeIsReachableThroughTheDefsItIsNamedAfter() {
        for (RuleInfo rule : RuleCatalog.load().index().ruleNodes()) {
            List<String> tokens = JsonPointers.tokens(rule.schemaPointer());
            if (tokens.size() == 2 && tokens.get(0).equals("$defs")) {
                assertThat(tokens.get(1)).as("rule at %s#%s", rule.schemaDocument(), rule.schemaPointer())
                        .isEqualTo(rule.id());
            }
        }
    }

    private static void collect(RuleInfo rule, JsonNode node, String pointer, boolean condition, List<String> out) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && !condition && leavesRule(rule, ref.asString())) {
                out.add(rule.id() + ": " + pointer + "/$ref -> " + ref.asString());
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().equals("appflowRule")) {
                    continue;
                }
                boolean nowCondition = condition || CONDITION_KEYWORDS.contains(member.getKey());
                collect(rule, member.getValue(), JsonPointers.append(pointer, member.getKey()), nowCondition, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(rule, node.get(i), JsonPointers.append(pointer, i), condition, out);
            }
        }
    }

    private static boolean leavesRule(RuleInfo rule, String ref) {
        URI target = URI.create(rule.schemaDocument()).resolve(ref);
        String document = target.getScheme() + ":" + target.getSchemeSpecificPart();
        String fragment = target.getFragment() == null ? "" : target.getFragment();
        return !document.equals(rule.schemaDocument()) || !JsonPointers.isSelfOrAncestor(rule.schemaPointer(), fragment);
    }
}
