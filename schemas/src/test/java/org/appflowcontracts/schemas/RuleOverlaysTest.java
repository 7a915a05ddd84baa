package org.appflowcontracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written rule overlays follow the conventions of {@code schemas/README.md}: they conform to the
 * appflow-rules dialect, every rule is one {@code $defs} entry named by its id and applied from {@code allOf},
 * ids are unique, a {@code $ref} inside a rule only reaches a condition helper from a condition position, and every
 * overlay pattern means the same in {@code java.util.regex} and ECMA-262.
 */
class RuleOverlaysTest {

    static final String DIALECT = "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules";
    static final Path META = SchemaFiles.SCHEMAS_ROOT.resolve("meta/appflow-rules.meta.schema.json");
    static final Path RULES_DIR = SchemaFiles.APPFLOW_DIR.resolve("rules");
    /**
     * Keywords under which a failure is never reported on its own, so a helper $ref may appear there
     * ({@code where} is the predicate of appflowUnique and appflowCovered).
     */
    static final Set<String> CONDITION_KEYWORDS = Set.of("if", "not", "contains", "anyOf", "where");
    static final List<String> EDGE_SAMPLES = List.of("", " ", "a", "ab", "ab\n", "ab\r\n", "ab\u2028", "ab\u0085",
            "\nab", "a b", "a\u00A0b", "a\tb", "\uD83D\uDE00", "ab\uD83D\uDE00", "rate(1days)\n", "UTC+2");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static List<Path> overlays() {
        try (Stream<Path> files = Files.list(RULES_DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rules.json")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> dialectDocuments() {
        List<Path> documents = new ArrayList<>(overlays());
        documents.add(SchemaFiles.APPFLOW_DIR.resolve("CreateFlowRequest.contract.schema.json"));
        documents.add(SchemaFiles.APPFLOW_DIR.resolve("UpdateFlowRequest.contract.schema.json"));
        return documents;
    }

    static Schema dialectMetaSchema() {
        String text;
        try {
            text = Files.readString(META);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.resourceLoaders(loaders -> loaders.resources(Map.of(DIALECT, text))));
        return registry.getSchema(SchemaLocation.of(DIALECT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialectDocuments")
    void conformsToTheRuleDialect(Path file) {
        JsonNode document = SchemaFiles.read(file);
        assertThat(document.path("$schema").asString()).isEqualTo(DIALECT);
        List<Error> errors = dialectMetaSchema().validate(document);
        assertThat(errors).as("dialect violations in %s", file).isEmpty();
    }

    @Test
    void dialectRejectsMalformedRuleKeywords() {
        JsonNode broken = MAPPER.readTree("""
                {"$schema": "%s",
                 "properties": {"a": {
                   "appflowRule": {"id": "lower_case", "severity": "fatal", "summary": "s"},
                   "appflowOrdered": {"lower": "x", "as": "date"},
                   "items": {"appflowUnique": {"where": {"type": 7}, "member": "m"}}}}}
                """.formatted(DIALECT));
        Set<String> locations = dialectMetaSchema().validate(broken).stream()
                .map(e -> e.getInstanceLocation().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(locations).anyMatch(l -> l.contains("appflowRule"))
                .anyMatch(l -> l.contains("appflowOrdered"))
                .anyMatch(l -> l.contains("where"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyRuleIsADefsEntryNamedByItsIdAndApplied(Path file) {
        JsonNode overlay = SchemaFiles.read(file);
        assertThat(overlay.path("$id").asString()).isEqualTo(SchemaFiles.ID_BASE + "rules/" + file.getFileName());
        Set<String> applied = new TreeSet<>();
        overlay.path("allOf").forEach(entry -> applied.add(entry.path("$ref").asString()));
        for (Map.Entry<String, JsonNode> def : overlay.path("$defs").properties()) {
            JsonNode rule = def.getValue().path("appflowRule");
            if (rule.isMissingNode()) {
                continue;
            }
            assertThat(rule.path("id").asString()).as("$defs name of %s", def.getKey()).isEqualTo(def.getKey());
            if (!rule.has("reportedAs")) {
                assertThat(applied).as("allOf of %s", file).contains("#/$defs/" + def.getKey());
            }
        }
    }

    @Test
    void ruleIdsAreUniqueAcrossOverlays() {
        Map<String, List<String>> places = new TreeMap<>();
        for (Path file : overlays()) {
            collectRuleIds(SchemaFiles.read(file), file.getFileName() + "#", places);
        }
        assertThat(places).isNotEmpty();
        places.forEach((id, where) -> assertThat(where).as("declarations of %s", id).hasSize(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void refsInsideRulesReachConditionHelpersOnly(Path file) {
        JsonNode overlay = SchemaFiles.read(file);
        List<String> misplaced = new ArrayList<>();
        for (Map.Entry<String, JsonNode> def : overlay.path("$defs").properties()) {
            if (def.getValue().has("appflowRule")) {
                checkRefs(overlay, def.getValue(), "/$defs/" + def.getKey(), false, misplaced);
            }
        }
        assertThat(misplaced).as("$refs inside rule nodes of %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void patternsMeanTheSameInJavaAndEcma(Path file) {
        JsonNode overlay = SchemaFiles.read(file);
        Set<String> patterns = new TreeSet<>();
        Set<String> samples = new TreeSet<>(EDGE_SAMPLES);
        collectPatternsAndStrings(overlay, patterns, samples);
        List<String> disagreements = new ArrayList<>();
        for (String pattern : patterns) {
            Pattern java = Pattern.compile(pattern);
            EcmaRegex ecma = new EcmaRegex(pattern);
            for (String sample : samples) {
                boolean javaFind = java.matcher(sample).find();
                if (javaFind != ecma.test(sample)) {
                    disagreements.add(pattern + " on " + sample.replace("\n", "\\n") + ": java=" + javaFind);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void trailingLineTerminatorsCannotSlipThroughAnAnchoredPattern() {
        JsonNode triggers = SchemaFiles.read(RULES_DIR.resolve("triggers.rules.json"));
        String syntax = triggers.at("/$defs/SCHEDULE_EXPRESSION_SYNTAX/properties/triggerConfig/properties"
                + "/triggerProperties/properties/Scheduled/properties/scheduleExpression/pattern").asString();
        Pattern java = Pattern.compile(syntax);
        assertThat(java.matcher("rate(5minutes)").find()).isTrue();
        assertThat(java.matcher("rate(5 minutes)").find()).isTrue();
        assertThat(java.matcher("cron(0 6 ? * MON-FRI *)").find()).isTrue();
        for (String bad : List.of("rate(5minutes)\n", "rate(5minutes)\r\n", "rate(5minutes)\u2028", "rate(0minutes)",
                "every 5 minutes", "cron(0 6 * * MON-FRI)")) {
            assertThat(java.matcher(bad).find()).as(bad).isFalse();
            assertThat(new EcmaRegex(syntax).test(bad)).as(bad).isFalse();
        }
    }

    private static void collectRuleIds(JsonNode node, String location, Map<String, List<String>> places) {
        if (node.isObject()) {
            JsonNode rule = node.get("appflowRule");
            if (rule != null) {
                places.computeIfAbsent(rule.path("id").asString(), k -> new ArrayList<>()).add(location);
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!member.getKey().equals("appflowRule")) {
                    collectRuleIds(member.getValue(), location + "/" + member.getKey(), places);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRuleIds(node.get(i), location + "/" + i, places);
            }
        }
    }

    private static void checkRefs(JsonNode overlay, JsonNode node, String pointer, boolean inCondition,
            List<String> misplaced) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                String target = ref.asString();
                boolean local = target.startsWith("#/$defs/");
                boolean helper = local && !overlay.at(target.substring(1)).has("appflowRule");
                if (!inCondition || !helper) {
                    misplaced.add(pointer + " -> " + target);
                }
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().equals("appflowRule")) {
                    continue;
                }
                boolean condition = inCondition || CONDITION_KEYWORDS.contains(member.getKey());
                checkRefs(overlay, member.getValue(), pointer + "/" + member.getKey(), condition, misplaced);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkRefs(overlay, node.get(i), pointer + "/" + i, inCondition, misplaced);
            }
        }
    }

    private static void collectPatternsAndStrings(JsonNode node, Set<String> patterns, Set<String> samples) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                samples.add(member.getKey());
                if (member.getKey().equals("pattern") && member.getValue().isString()) {
                    patterns.add(member.getValue().asString());
                } else {
                    collectPatternsAndStrings(member.getValue(), patterns, samples);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectPatternsAndStrings(item, patterns, samples));
        } else if (node.isString()) {
            samples.add(node.asString());
        }
    }
}
