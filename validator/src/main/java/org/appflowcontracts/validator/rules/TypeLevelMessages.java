package org.appflowcontracts.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.text.ClosestName;
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
            return closest(properties.propertyNames(), misspelt, NAME_TOLERANCE);
        }

        /**
         * The allowed map key ({@code propertyNames} enum) closest to a misspelt one, if close enough. The keys
         * are a closed set of values (EXCLUDE_SOURCE_FIELDS_LIST), so they get the tolerance of enum values.
         */
        Optional<String> closestKey(String misspelt) {
            JsonNode allowed = schema == null ? null : schema.path("propertyNames").get("enum");
            if (allowed == null || !allowed.isArray()) {
                return Optional.empty();
            }
            return closest(strings(allowed), misspelt, VALUE_TOLERANCE);
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
            List<String> names = strings(allowed);
            String given = value.asString();
            for (String name : names) {
                if (name.equalsIgnoreCase(given)) {
                    return Optional.of(name);
                }
            }
            return closest(names, given, VALUE_TOLERANCE);
        }

        private static List<String> strings(JsonNode array) {
            List<String> strings = new ArrayList<>();
            for (JsonNode item : array) {
                if (item.isString()) {
                    strings.add(item.asString());
                }
            }
            return strings;
        }

        private static Optional<String> closest(Iterable<String> candidates, String misspelt, int perEdit) {
            return ClosestName.among(candidates, misspelt, perEdit);
        }
    }

    /** A type-level id and what it checks. */
    public record Entry(String keyword, String summary) {

        public String id() {
            return TypeLevelMessages.PREFIX + keyword;
        }
    }

    public static final String PREFIX = "schema.";

    private static final Map<String, Entry> ENTRIES = new TreeMap<>();

    static {
        for (TypeLevelKeyword keyword : TypeLevelKeyword.values()) {
            ENTRIES.put(keyword.keyword(), new Entry(keyword.keyword(), keyword.summary()));
        }
    }

    /**
     * The message of a keyword. A switch rather than a function per keyword: the first type-level finding of a
     * run would otherwise start the JVM's lambda machinery for some thirty lambdas; the compiler holds it to cover
     * every keyword.
     */
    private static String messageOf(TypeLevelKeyword keyword, Failure f) {
        return switch (keyword) {
            case REQUIRED -> "missing required member '" + f.member() + "'";
            case ADDITIONAL_PROPERTIES, UNEVALUATED_PROPERTIES -> unknownMember(f);
            case FALSE_SCHEMA -> "this member is not allowed here";
            case TYPE -> "must be " + article(f.expected());
            case ENUM -> "must be one of " + f.expected() + suggestion(f.closestValue());
            case CONST -> "must be exactly " + f.expected();
            case PATTERN -> notInFormat(f);
            case MIN_LENGTH -> "must be at least " + f.expected() + " characters long";
            case MAX_LENGTH -> "must be at most " + f.expected() + " characters long";
            case MINIMUM -> "must be at least " + f.expected();
            case MAXIMUM -> "must be at most " + f.expected();
            case EXCLUSIVE_MINIMUM -> "must be greater than " + f.expected();
            case EXCLUSIVE_MAXIMUM -> "must be less than " + f.expected();
            case MULTIPLE_OF -> "must be a multiple of " + f.expected();
            case MIN_ITEMS, MIN_PROPERTIES -> "must have at least " + entries(f.expected());
            case MAX_ITEMS, MAX_PROPERTIES -> "must have at most " + entries(f.expected());
            case UNIQUE_ITEMS -> "entries must not repeat";
            case PROPERTY_NAMES -> "key '" + f.member() + "' is not allowed here"
                    + suggestion(f.closestKey(f.member()));
            case DEPENDENT_REQUIRED -> companions(f);
            case ANY_OF -> "does not match any of the allowed forms";
            case ONE_OF -> "must match exactly one of the allowed forms";
            case NOT -> "is in a form that is not allowed here";
            case CONTAINS -> "does not contain a required entry";
            case FORMAT -> "is not a valid " + f.expected();
        };
    }

    private static String suggestion(Optional<String> name) {
        return name.isPresent() ? "; did you mean '" + name.get() + "'?" : "";
    }

    private static String entries(String count) {
        return count + " " + plural(count, "entry", "entries");
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
        TypeLevelKeyword keyword = TypeLevelKeyword.of(failure.keyword());
        if (keyword == null) {
            return "fails the '" + failure.keyword() + "' check of the API schema";
        }
        return messageOf(keyword, new Failure(failure, schema, value));
    }

    private static String quoted(Iterable<String> members) {
        StringBuilder out = new StringBuilder();
        for (String m : members) {
            out.append(out.length() > 0 ? ", " : "").append('\'').append(m).append('\'');
        }
        return out.toString();
    }

    private static String unknownMember(Failure f) {
        Optional<String> title = f.title();
        Optional<String> closest = f.closestMember(f.member());
        return "member '" + f.member() + "' is not defined" + (title.isPresent() ? " in " + title.get() : " here")
                + (closest.isPresent() ? suggestion(closest) : "; check its spelling and placement");
    }

    /** Names the format in words (from the message data) and shows the value, so the fix is plain. */
    private static String notInFormat(Failure f) {
        JsonNode pattern = f.schema() == null ? null : f.schema().get("pattern");
        Optional<String> words = pattern != null && pattern.isString()
                ? MessageData.shipped().formatWords(pattern.asString()) : Optional.empty();
        Optional<String> title = f.title();
        String what = title.isPresent() ? "is not a valid " + title.get() : "does not have the required format";
        String expected = words.isPresent() ? ": expected " + words.get() : ": the whole value must match its format";
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
        List<String> names = new ArrayList<>();
        for (JsonNode n : needed) {
            names.add(n.asString());
        }
        return "member '" + f.member() + "' also needs " + quoted(names);
    }


    /** All type-level ids this product reports, sorted. */
    public static Iterable<Entry> entries() {
        return ENTRIES.values();
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
