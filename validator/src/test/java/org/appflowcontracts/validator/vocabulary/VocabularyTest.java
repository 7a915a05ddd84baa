package org.appflowcontracts.validator.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.appflowcontracts.validator.vocabulary.Ordered.As;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VocabularyTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Predicate<JsonNode> ANY = item -> true;

    private static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    @Test
    void orderedComparesTimestampsGivenAsNumbersOrRfc3339() {
        assertThat(Ordered.passes(json("{\"a\": 10, \"b\": 20}"), "a", "b", true, As.TIMESTAMP)).isTrue();
        assertThat(Ordered.passes(json("{\"a\": 20, \"b\": 10}"), "a", "b", false, As.TIMESTAMP)).isFalse();
        assertThat(Ordered.passes(json("{\"a\": \"2024-01-01T00:00:00Z\", \"b\": 1704067200}"), "a", "b", false,
                As.TIMESTAMP)).isTrue();
        assertThat(Ordered.passes(json("{\"a\": \"2024-01-01T00:00:00Z\", \"b\": 1704067200}"), "a", "b", true,
                As.TIMESTAMP)).isFalse();
        assertThat(Ordered.passes(json("{\"a\": \"2024-01-01t01:00:00+01:00\", \"b\": \"2023-12-31T23:59:59.5z\"}"),
                "a", "b", false, As.TIMESTAMP)).isFalse();
    }

    @Test
    void orderedPassesWhenAMemberIsAbsentOrNotConvertible() {
        assertThat(Ordered.passes(json("{\"b\": 1}"), "a", "b", true, As.TIMESTAMP)).isTrue();
        assertThat(Ordered.passes(json("{\"a\": \"tomorrow\", \"b\": 1}"), "a", "b", true, As.TIMESTAMP)).isTrue();
        assertThat(Ordered.passes(json("{\"a\": true, \"b\": 1}"), "a", "b", true, As.DECIMAL)).isTrue();
        assertThat(Ordered.passes(json("[1, 2]"), "a", "b", true, As.DECIMAL)).isTrue();
    }

    @Test
    void orderedComparesDecimalsGivenAsNumbersOrStrings() {
        assertThat(Ordered.passes(json("{\"a\": \"10\", \"b\": \"9.5\"}"), "a", "b", false, As.DECIMAL)).isFalse();
        assertThat(Ordered.passes(json("{\"a\": \"1e1\", \"b\": 10}"), "a", "b", false, As.DECIMAL)).isTrue();
        assertThat(Ordered.passes(json("{\"a\": \"1e1\", \"b\": 10}"), "a", "b", true, As.DECIMAL)).isFalse();
        assertThat(Ordered.passes(json("{\"a\": \"ten\", \"b\": 1}"), "a", "b", true, As.DECIMAL)).isTrue();
    }

    @Test
    void splitEqualsComparesTrimmedEntriesAsSets() {
        JsonNode ok = json("{\"v\": \"a, b ,c\", \"l\": [\"c\", \"b\", \"a\"]}");
        assertThat(SplitEquals.passes(ok, "/v", "/l", ",")).isTrue();
        JsonNode extra = json("{\"v\": \"a,b,c\", \"l\": [\"a\", \"b\"]}");
        assertThat(SplitEquals.passes(extra, "/v", "/l", ",")).isFalse();
        JsonNode missing = json("{\"v\": \"a\", \"l\": [\"a\", \"b\"]}");
        assertThat(SplitEquals.passes(missing, "/v", "/l", ",")).isFalse();
        JsonNode nested = json("{\"x\": {\"v\": \"a|b\"}, \"l\": [\"b\", \"a\"]}");
        assertThat(SplitEquals.passes(nested, "/x/v", "/l", "|")).isTrue();
    }

    @Test
    void splitEqualsPassesWhenAbsentOrWrongType() {
        assertThat(SplitEquals.passes(json("{\"l\": [\"a\"]}"), "/v", "/l", ",")).isTrue();
        assertThat(SplitEquals.passes(json("{\"v\": 1, \"l\": [\"a\"]}"), "/v", "/l", ",")).isTrue();
        assertThat(SplitEquals.passes(json("{\"v\": \"a\", \"l\": \"a\"}"), "/v", "/l", ",")).isTrue();
        assertThat(SplitEquals.passes(json("{\"v\": \"a\", \"l\": [1]}"), "/v", "/l", ",")).isTrue();
    }

    @Test
    void uniqueReportsEachLaterDuplicateAmongMatchingItems() {
        JsonNode tasks = json("""
                [{"t": "Map", "d": "x"}, {"t": "Map", "d": "x"}, {"t": "Filter", "d": "x"}, {"t": "Map", "d": "x"},
                 {"t": "Map", "d": "y"}, "scalar", {"t": "Map", "d": 3}]
                """);
        assertThat(Unique.duplicates(tasks, item -> item.path("t").asString().equals("Map"), "d"))
                .containsExactly("/1/d", "/3/d");
        assertThat(Unique.duplicates(tasks, ANY, "d")).containsExactly("/1/d", "/2/d", "/3/d");
        assertThat(Unique.duplicates(json("{\"a\": 1}"), ANY, "d")).isEmpty();
    }

    @Test
    void coveredReportsEachUncoveredString() {
        JsonNode tasks = json("""
                [{"t": "Projection", "f": ["a", "b"]}, {"t": "Map", "f": ["a"]}, {"t": "Map", "f": ["c", "b", "d"]},
                 {"t": "Map", "f": "e"}, {"t": "Extra", "f": "a"}]
                """);
        Covered.Source maps = new Covered.Source(item -> item.path("t").asString().equals("Map"), "f");
        Covered.Source projections = new Covered.Source(item -> item.path("t").asString().equals("Projection"), "f");
        Covered.Source extras = new Covered.Source(item -> item.path("t").asString().equals("Extra"), "f");
        assertThat(Covered.uncovered(tasks, maps, List.of(projections))).containsExactly("/2/f/0", "/2/f/2", "/3/f");
        Covered.Source everything = new Covered.Source(ANY, "f");
        assertThat(Covered.uncovered(tasks, maps, List.of(everything))).isEmpty();
        assertThat(Covered.uncovered(tasks, extras, List.of(projections))).isEmpty();
    }
}
