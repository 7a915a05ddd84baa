package org.appflowcontracts.validator.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.text.EditDistance;
import tools.jackson.databind.JsonNode;

/**
 * Our own wording for failures outside every rule (type-level violations, id {@code schema.<keyword>}):
 * one message function per keyword, naming the member or the bound, plus a one-line summary per id for rule
 * listings. Keywords without an entry get a generic message.
 */
public final class TypeLevelMessages {

    /**
     * A failure, the schema object holding its keyword (null when unknown), from which messages take the
     * described shape's title or the members it defines, and the failing value (null when unknown).
     */
    public record Failure(RawFailure raw, JsonNode schema, JsonNode value) {

        // Edits tolerated per so many characters: member and key names are matched strictly; enum values, which
        // users often shorten or re-case (PATH_AND_FILE for PATH_AND_FILENAME), a little more loosely.
        private static final int NAME_TOLERANCE = 4;
        private static final int VALUE_TOLERANCE = 3;

        String member() {
            return raw.member();
        }

        String expected() {
            return raw.expected();
        }

        Optional<String> title() {
            JsonNode title = schema == null ? null : schema.get("title");
            return title != null && title.isString() ? Optional.of(title.asString()) : Optional.empty();
        }

        /** The defined member closest to a misspelt one, if one is close enough to be a likely intent. */
        Optional<String> closestMember(String misspelt) {
            JsonNode properties = schema == null ? null : schema.get("properties");
            if (properties == null || !properties.isObject()) {
                return Optional.empty();
            }
            return closest(properties.propertyNames().stream(), misspelt, NAME_TOLERANCE);
        }

        /** The allowed map key ({@code propertyNames} enum) closest to a misspelt one, if close enough. */
        Optional<String> closestKey(String misspelt) {
            JsonNode allowed = schema == null ? null : schema.path("propertyNames").get("enum");
            if (allowed == null || !allowed.isArray()) {
                return Optional.empty();
            }
            return closest(allowed.valueStream().filter(JsonNode::isString).map(JsonNode::asString), misspelt,
                    NAME_TOLERANCE);
        }

        /**
         * The allowed value ({@code enum}) the failing string most likely meant: the same letters in another case
         * (PARQUET for Parquet, Map_all for MAP_ALL), else the closest spelling.
         */
        Optional<String> closestValue() {
            JsonNode allowed = schema == null ? null : schema.get("enum");
            if (allowed == null || !allowed.isArray() || value == null || !value.isString()) {
                return Optional.empty();
            }
            List<String> names = allowed.valueStream().filter(JsonNode::isString).map(JsonNode::asString).toList();
            String given = value.asString();
            return names.stream().filter(name -> name.equalsIgnoreCase(given)).findFirst()
                    .or(() -> closest(names.stream(), given, VALUE_TOLERANCE));
        }

        private static Optional<String> closest(Stream<String> candidates, String misspelt, int perEdit) {
            if (misspelt == null) {
                return Optional.empty();
            }
            int tolerance = Math.max(2, misspelt.length() / perEdit);
            String given = misspelt.toLowerCase(java.util.Locale.ROOT);
            // A name that keeps no character of what was written (S3 for "" or "X") is a guess, not a correction.
            return candidates
                    .filter(name -> {
                        // The lengths alone bound the distance from below: a long value is never compared in full.
                        if (Math.abs(name.length() - given.length()) > tolerance) {
                            return false;
                        }
                        String candidate = name.toLowerCase(java.util.Locale.ROOT);
                        int distance = EditDistance.between(candidate, given);
                        return distance <= tolerance && distance < Math.max(candidate.length(), given.length());
                    })
                    .min(Comparator.comparingInt((String name) -> EditDistance.between(name, misspelt))
                            .thenComparing(Comparator.naturalOrder()));
        }
    }

    /** A type-level id and what it checks. */
    public record Entry(String keyword, String summary, Function<Failure, String> message) {

        public String id() {
            return TypeLevelMessages.PREFIX + keyword;
        }
    }

    public static final String PREFIX = "schema.";

    private static final Map<String, Entry> ENTRIES = new TreeMap<>();

    static {
        add("required", "a member the API requires is missing",
                f -> "missing required member '" + f.member() + "'");
        add("additionalProperties", "a member the API does not define", TypeLevelMessages::unknownMember);
        add("unevaluatedProperties", "a member the API does not define", TypeLevelMessages::unknownMember);
        add("false", "a member that is not allowed at this place",
                f -> "this member is not allowed here");
        add("type", "a value of the wrong JSON type",
                f -> "must be " + article(f.expected()));
        add("enum", "a value outside the allowed set",
                f -> "must be one of " + f.expected()
                        + f.closestValue().map(name -> "; did you mean '" + name + "'?").orElse(""));
        add("const", "a value other than the one allowed",
                f -> "must be exactly " + f.expected());
        add("pattern", "a string not in the required format", TypeLevelMessages::notInFormat);
        add("minLength", "a string that is too short",
                f -> "must be at least " + f.expected() + " characters long");
        add("maxLength", "a string that is too long",
                f -> "must be at most " + f.expected() + " characters long");
        add("minimum", "a number below the allowed minimum",
                f -> "must be at least " + f.expected());
        add("maximum", "a number above the allowed maximum",
                f -> "must be at most " + f.expected());
        add("exclusiveMinimum", "a number not above the allowed bound",
                f -> "must be greater than " + f.expected());
        add("exclusiveMaximum", "a number not below the allowed bound",
                f -> "must be less than " + f.expected());
        add("multipleOf", "a number that is not a multiple of the required step",
                f -> "must be a multiple of " + f.expected());
        add("minItems", "a list with too few entries",
                f -> "must have at least " + f.expected() + " " + plural(f.expected(), "entry", "entries"));
        add("maxItems", "a list with too many entries",
                f -> "must have at most " + f.expected() + " " + plural(f.expected(), "entry", "entries"));
        add("uniqueItems", "a list with repeated entries",
                f -> "entries must not repeat");
        add("minProperties", "a map with too few entries",
                f -> "must have at least " + f.expected() + " " + plural(f.expected(), "entry", "entries"));
        add("maxProperties", "a map with too many entries",
                f -> "must have at most " + f.expected() + " " + plural(f.expected(), "entry", "entries"));
        add("propertyNames", "a map key not in the required format",
                f -> "key '" + f.member() + "' is not allowed here"
                        + f.closestKey(f.member()).map(name -> "; did you mean '" + name + "'?").orElse(""));
        add("dependentRequired", "a member that needs a companion member", TypeLevelMessages::companions);
        add("anyOf", "a value matching none of the allowed forms",
                f -> "does not match any of the allowed forms");
        add("oneOf", "a value not matching exactly one allowed form",
                f -> "must match exactly one of the allowed forms");
        add("not", "a value in a form that is not allowed",
                f -> "is in a form that is not allowed here");
        add("contains", "a list lacking a required entry",
                f -> "does not contain a required entry");
        add("format", "a string not in the required format",
                f -> "is not a valid " + f.expected());
    }

    private TypeLevelMessages() {
    }

    public static String id(String keyword) {
        return PREFIX + keyword;
    }

    /** The message for a failure; {@code schema} is the schema object holding the keyword, or null. */
    public static String message(RawFailure failure, JsonNode schema) {
        return message(failure, schema, failure.member() == null ? List.of() : List.of(failure.member()), null);
    }

    /**
     * The message for failures of one keyword merged into one violation (one per id and pointer): a missing
     * {@code required} member or a bad {@code propertyNames} key is named once per member, all in one message.
     * {@code value} is the failing value when known (null otherwise); messages may suggest a correction of it.
     */
    public static String message(RawFailure failure, JsonNode schema, List<String> members, JsonNode value) {
        if (members.size() > 1 && failure.keyword().equals("required")) {
            return "missing required members " + quoted(members);
        }
        if (members.size() > 1 && failure.keyword().equals("propertyNames")) {
            return "keys " + quoted(members) + " are not allowed here";
        }
        Entry entry = ENTRIES.get(failure.keyword());
        if (entry == null) {
            return "fails the '" + failure.keyword() + "' check of the API schema";
        }
        return entry.message().apply(new Failure(failure, schema, value));
    }

    private static String quoted(List<String> members) {
        return String.join(", ", members.stream().map(m -> "'" + m + "'").toList());
    }

    private static String unknownMember(Failure f) {
        String where = f.title().map(title -> " in " + title).orElse(" here");
        return "member '" + f.member() + "' is not defined" + where
                + f.closestMember(f.member()).map(name -> "; did you mean '" + name + "'?")
                        .orElse("; check its spelling and placement");
    }

    /** Names the format in words (from the message data) and shows the value, so the fix is plain. */
    private static String notInFormat(Failure f) {
        JsonNode pattern = f.schema() == null ? null : f.schema().get("pattern");
        Optional<String> words = pattern != null && pattern.isString()
                ? MessageData.shipped().formatWords(pattern.asString()) : Optional.empty();
        String what = f.title().map(title -> "is not a valid " + title).orElse("does not have the required format");
        String expected = words.map(w -> ": expected " + w).orElse(": the whole value must match its format");
        return what + expected + shown(f.value());
    }

    /** {@code , got "value"} (long values cut), or nothing when the value is not a string. */
    static String shown(JsonNode value) {
        if (value == null || !value.isString()) {
            return "";
        }
        String text = value.asString();
        int cut = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), SHOWN_CHARACTERS));
        return ", got \"" + text.substring(0, cut) + (cut < text.length() ? "…" : "") + "\"";
    }

    private static final int SHOWN_CHARACTERS = 80;

    private static String companions(Failure f) {
        JsonNode needed = f.schema() == null ? null : f.schema().path("dependentRequired").get(f.member());
        if (needed == null || !needed.isArray() || needed.isEmpty()) {
            return "member '" + f.member() + "' needs a companion member that is missing";
        }
        return "member '" + f.member() + "' also needs "
                + String.join(", ", needed.valueStream().map(n -> "'" + n.asString() + "'").toList());
    }


    /** All type-level ids this product reports, sorted. */
    public static Iterable<Entry> entries() {
        return ENTRIES.values();
    }

    private static void add(String keyword, String summary, Function<Failure, String> message) {
        ENTRIES.put(keyword, new Entry(keyword, summary, message));
    }

    private static String article(String type) {
        if (type == null) {
            return "of another type";
        }
        if (type.startsWith("[")) {
            return "one of the types " + type;
        }
        return switch (type) {
            case "object", "array", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }

    private static String plural(String count, String one, String many) {
        return "1".equals(count) ? one : many;
    }
}
