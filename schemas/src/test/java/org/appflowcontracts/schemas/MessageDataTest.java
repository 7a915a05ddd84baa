package org.appflowcontracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The message data stays complete and true to the imported shapes it describes. */
class MessageDataTest {

    private static final JsonNode DATA = SchemaFiles.read(SchemaFiles.SCHEMAS_ROOT.resolve("messages/messages.json"));

    /** Pattern → the shapes that carry it, as imported. */
    private static Map<String, Set<String>> shapePatterns() {
        Map<String, Set<String>> patterns = new TreeMap<>();
        SchemaFiles.shapesSchema().path("$defs").properties().forEach(def -> collect(def.getKey(), def.getValue(), patterns));
        return patterns;
    }

    private static void collect(String shape, JsonNode node, Map<String, Set<String>> patterns) {
        if (node.isObject()) {
            JsonNode pattern = node.get("pattern");
            if (pattern != null && pattern.isString()) {
                patterns.computeIfAbsent(pattern.asString(), p -> new TreeSet<>()).add(shape);
            }
            node.properties().forEach(e -> collect(shape, e.getValue(), patterns));
        } else if (node.isArray()) {
            node.forEach(item -> collect(shape, item, patterns));
        }
    }

    @Test
    void everyImportedPatternIsDescribedInWordsForTheShapesThatCarryIt() {
        Map<String, Set<String>> described = new TreeMap<>();
        DATA.path("formats").forEach(f -> {
            assertThat(f.path("words").asString()).as("words of %s", f.path("shapes")).isNotBlank();
            Set<String> shapes = new TreeSet<>();
            f.path("shapes").forEach(s -> shapes.add(s.asString()));
            described.put(f.path("pattern").asString(), shapes);
        });
        assertThat(described).isEqualTo(shapePatterns());
    }

    @Test
    void eachFormatsExampleHasThatFormat() {
        DATA.path("formats").forEach(f -> assertThat(Pattern.compile(f.path("pattern").asString())
                .matcher(f.path("example").asString()).find())
                .as("example of %s", f.path("shapes")).isTrue());
    }

    @Test
    void hintsNameWhatTheyMatchAndSayWhatToDo() {
        List<String> ids = new ArrayList<>();
        DATA.path("hints").forEach(h -> {
            ids.add(h.path("id").asString());
            assertThat(h.path("ruleIds").isEmpty()).as("rule ids of %s", h.path("id")).isFalse();
            assertThat(h.path("text").asString()).as("text of %s", h.path("id")).isNotBlank();
            if (h.has("value")) {
                Pattern.compile(h.get("value").asString());
            }
        });
        assertThat(ids).doesNotHaveDuplicates().contains("kms-alias", "s3-url-for-bucket", "text-for-boolean",
                "boolean-for-text", "list-for-json-text");
    }
}
