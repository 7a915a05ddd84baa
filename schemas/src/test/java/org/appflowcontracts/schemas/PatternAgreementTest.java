package org.appflowcontracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * For every distinct pattern of the model, the emitted schema pattern gives the same verdict as AWS's Java
 * full match, in {@code java.util.regex} ({@code find()}) and in an ECMA-262 engine ({@link EcmaRegex}), read
 * both without and with the {@code u} flag.
 */
class PatternAgreementTest {

    /** model pattern → emitted patterns found on the schema nodes of the shapes carrying it. */
    static Map<String, TreeSet<String>> emittedByModelPattern() {
        JsonNode model = SchemaFiles.model();
        JsonNode defs = SchemaFiles.shapesSchema().path("$defs");
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> shape : model.path("shapes").properties()) {
            if (shape.getValue().has("pattern")) {
                String emitted = defs.path(shape.getKey()).path("pattern").asString();
                out.computeIfAbsent(shape.getValue().path("pattern").asString(), k -> new TreeSet<>()).add(emitted);
            }
            if (shape.getValue().path("type").asString().equals("map")) {
                JsonNode key = model.path("shapes").path(shape.getValue().path("key").path("shape").asString());
                if (key.has("pattern")) {
                    String emitted = defs.path(shape.getKey()).path("propertyNames").path("pattern").asString();
                    out.computeIfAbsent(key.path("pattern").asString(), k -> new TreeSet<>()).add(emitted);
                }
            }
        }
        return out;
    }

    static Stream<Arguments> patterns() {
        return emittedByModelPattern().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void coversEveryDistinctModelPattern() {
        TreeSet<String> modelPatterns = new TreeSet<>();
        SchemaFiles.model().path("shapes").values().forEach(s -> {
            if (s.has("pattern")) {
                modelPatterns.add(s.path("pattern").asString());
            }
        });
        assertThat(emittedByModelPattern().keySet()).isEqualTo(modelPatterns);
        assertThat(modelPatterns).hasSize(27);
    }

    @ParameterizedTest(name = "/{0}/")
    @MethodSource("patterns")
    void emittedPatternAgreesWithTheModelInJavaAndEcma(String modelPattern, TreeSet<String> emittedPatterns) {
        assertThat(emittedPatterns).as("one emitted form per model pattern").hasSize(1);
        String emitted = emittedPatterns.first();
        Pattern aws = Pattern.compile(modelPattern);
        Pattern java = Pattern.compile(emitted);
        EcmaRegex ecma = new EcmaRegex(emitted);
        EcmaRegex ecmaUnicode = EcmaRegex.unicode(emitted);
        List<String> samples = PatternSamples.of(modelPattern);
        List<String> disagreements = new ArrayList<>();
        for (String s : samples) {
            boolean expected = aws.matcher(s).matches();
            boolean javaFind = java.matcher(s).find();
            boolean ecmaTest = ecma.test(s);
            boolean ecmaUnicodeTest = ecmaUnicode.test(s);
            if (javaFind != expected || ecmaTest != expected || ecmaUnicodeTest != expected) {
                disagreements.add(String.format("%s: model=%s java=%s ecma=%s ecma-u=%s", escape(s), expected, javaFind,
                        ecmaTest, ecmaUnicodeTest));
            }
        }
        long matching = PatternSamples.countMatching(modelPattern, samples);
        long longSamples = samples.stream().filter(s -> s.length() >= PatternSamples.LONG_LENGTH).count();
        long longMatching = PatternSamples.countMatching(modelPattern,
                samples.stream().filter(s -> s.length() >= PatternSamples.LONG_LENGTH).toList());
        System.out.printf("pattern /%s/: %d samples, %d matching, %d long (%d matching)%n", modelPattern,
                samples.size(), matching, longSamples, longMatching);
        assertThat(disagreements).as("samples judged differently for /%s/ -> /%s/", modelPattern, emitted).isEmpty();
        // the sample set must exercise both verdicts
        assertThat(matching).as("matching samples").isGreaterThanOrEqualTo(5);
        assertThat(samples.size() - matching).as("non-matching samples").isGreaterThanOrEqualTo(20);
        // long strings: no engine may recurse once per character
        assertThat(longSamples).as("long samples").isGreaterThanOrEqualTo(18);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }
}
