package org.appflowcontracts.validator.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.appflowcontracts.validator.contracts.JsonTrees;
import tools.jackson.databind.JsonNode;

/**
 * The message data of the shipped schemas ({@code schemas/messages/messages.json}): each pattern's format in words,
 * the hints added to a finding whose value matches, and the explanation and examples of each type-level id.
 */
public final class MessageData {

    static final String RESOURCE = "schemas/messages/messages.json";

    /** A hint: added to a finding of one of {@code ruleIds} whose failing value fits every matcher given. */
    public record Hint(String id, Set<String> ruleIds, Set<String> members, String expected, String valueType,
            Pattern value, String text) {

        boolean applies(String ruleId, String member, String expectedType, JsonNode failing) {
            // Immutable sets refuse null look-ups: a finding at the root has no member, a tool finding may lack an id.
            return ruleId != null && ruleIds.contains(ruleId)
                    && (members.isEmpty() || (member != null && members.contains(member)))
                    && (expected == null || expected.equals(expectedType))
                    && (valueType == null || (failing != null && valueType.equals(typeOf(failing))))
                    && (value == null || (failing != null && failing.isString() && value.matcher(failing.asString()).find()));
        }
    }

    /**
     * What a type-level id is for, with a failing and a fixed example (null when the id has none) of a request of
     * {@code operation}.
     */
    public record Explanation(String text, String operation, JsonNode failing, JsonNode fixed) {}

    private static volatile MessageData shipped;

    private final Map<String, String> formatWords;
    private final List<Hint> hints;
    private final Map<String, Explanation> explanations;

    private MessageData(Map<String, String> formatWords, List<Hint> hints, Map<String, Explanation> explanations) {
        this.formatWords = formatWords;
        this.hints = hints;
        this.explanations = explanations;
    }

    public static MessageData shipped() {
        MessageData result = shipped;
        if (result == null) {
            synchronized (MessageData.class) {
                if (shipped == null) {
                    shipped = read();
                }
                result = shipped;
            }
        }
        return result;
    }

    /** The format a pattern describes, in words, when the data has it. */
    public Optional<String> formatWords(String pattern) {
        return Optional.ofNullable(formatWords.get(pattern));
    }

    /** Every rule id some hint is for. */
    public Set<String> hintedRuleIds() {
        Set<String> ids = new java.util.TreeSet<>();
        for (Hint hint : hints) {
            ids.addAll(hint.ruleIds());
        }
        return ids;
    }

    /** The hints that fit a finding, in data order. */
    public List<String> hints(String ruleId, String member, String expectedType, JsonNode failing) {
        return hints.stream().filter(h -> h.applies(ruleId, member, expectedType, failing)).map(Hint::text).toList();
    }

    public Optional<Explanation> explanation(String typeLevelId) {
        return Optional.ofNullable(explanations.get(typeLevelId));
    }

    /** The JSON type name of a value, as {@code type} keywords spell it. */
    static String typeOf(JsonNode value) {
        if (value.isString()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isArray() ? "array" : value.isObject() ? "object" : "null";
    }

    private static MessageData read() {
        JsonNode root;
        try (InputStream in = MessageData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            root = JsonTrees.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new HashMap<>();
        root.path("formats").forEach(f -> words.put(f.path("pattern").asString(), f.path("words").asString()));
        List<Hint> hints = new ArrayList<>();
        root.path("hints").forEach(h -> hints.add(new Hint(h.path("id").asString(), strings(h.path("ruleIds")),
                strings(h.path("members")), text(h, "expected"), text(h, "valueType"),
                h.has("value") ? Pattern.compile(h.get("value").asString()) : null, h.path("text").asString())));
        Map<String, Explanation> explanations = new HashMap<>();
        root.path("typeLevel").properties().forEach(e -> explanations.put(e.getKey(), new Explanation(
                e.getValue().path("explanation").asString(),
                e.getValue().path("operation").asString("CreateFlow"), e.getValue().path("examples").get("failing"),
                e.getValue().path("examples").get("fixed"))));
        return new MessageData(Map.copyOf(words), List.copyOf(hints), Map.copyOf(explanations));
    }

    private static Set<String> strings(JsonNode array) {
        return Set.copyOf(array.valueStream().map(JsonNode::asString).toList());
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isString() ? value.asString() : null;
    }
}
