package org.appflowcontracts.validator.parse;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.appflowcontracts.validator.InputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * Reads a JSON or YAML document into a tree while recording where every value starts, so that findings can be
 * reported as {@code file:line:col}. The tree is built token by token (rather than with a mapper) to see each
 * token's location and to reject duplicate member names, which mappers silently overwrite.
 *
 * <p>A member's position is the position of its name (where a reader looks for it); an array item's position is
 * where the item starts.
 */
public final class LocatedParser {

    /** The syntax of a source document. */
    public enum Syntax { JSON, YAML }

    // Interned member names are the very String instances of the literals in the compiled validators, so their
    // member look-ups succeed on an identity check; the parser interns each distinct name once, parsing costs the same.
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(InputLimits.constraints())
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .build();
    /** The YAML reader, built on first use: a run over JSON files never loads the YAML library. */
    private static final class YamlFactoryHolder {
        static final YAMLFactory YAML = new PlainScalarYamlFactory(YAMLFactory.builder()
                .streamReadConstraints(InputLimits.constraints())
                // The YAML reader's own size limit (3 Mi code points by default) would make the documented limit
                // depend on the syntax; the text it reads is already within MAX_DOCUMENT_BYTES. Duplicate members are
                // reported by this class, with a clearer message.
                .loadSettings(LoadSettings.builder()
                        .setCodePointLimit(InputLimits.MAX_DOCUMENT_BYTES)
                        .setAllowDuplicateKeys(true)
                        .build())
                // "key:" with nothing after it is null in YAML; a quoted '' stays an empty string.
                .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL));
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Tags that only restate what YAML infers anyway; every other tag would change the value's meaning. */
    // The reader hands tags over without their leading '!': "" is the non-specific tag '!', "Ref" is '!Ref'.
    private static final Set<String> CORE_TAGS = Set.of("", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
            "tag:yaml.org,2002:seq");
    /** YAML's infinities and not-a-numbers, as its core schema spells them; a sign only before an infinity. */
    private static final Set<String> YAML_INFINITY = Set.of(".inf", ".Inf", ".INF");
    private static final Set<String> YAML_NOT_A_NUMBER = Set.of(".nan", ".NaN", ".NAN");

    private LocatedParser() {
    }

    /** Syntax chosen for a source: a {@code .yaml}/{@code .yml} name forces YAML; otherwise guessed from content. */
    public static Syntax detectSyntax(byte[] content, String sourceName) {
        String name = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Syntax.YAML;
        }
        int i = JsonBytes.startsWithUtf8Bom(content) ? 3 : 0;
        while (i < content.length && JsonBytes.isJsonWhitespace(content[i])) {
            i++;
        }
        if (i < content.length && (content[i] == '{' || content[i] == '[' || content[i] == '"')) {
            return Syntax.JSON;
        }
        return name.endsWith(".json") ? Syntax.JSON : Syntax.YAML;
    }

    public static LocatedDocument parse(byte[] content, String sourceName) throws InputException {
        return parse(content, detectSyntax(content, sourceName));
    }

    public static LocatedDocument parse(byte[] content, Syntax syntax) throws InputException {
        return parse(content, syntax, YamlTags.CORE_ONLY);
    }

    /** Reads a document whose YAML may also use the tags {@code tags} accepts (for a template, its short forms). */
    public static LocatedDocument parse(byte[] content, String sourceName, YamlTags tags) throws InputException {
        return parse(content, detectSyntax(content, sourceName), tags);
    }

    public static LocatedDocument parse(byte[] content, Syntax syntax, YamlTags tags) throws InputException {
        if (SourceFiles.tooLarge(content)) {
            // Same words whether the bytes came from a file, a stream or a caller's array.
            throw new InputException(SourceFiles.tooLargeMessage(), 1, 1, null);
        }
        if (JsonBytes.isBlank(content)) {
            throw new InputException("document is empty; expected a " + syntax + " object", 1, 1, null);
        }
        String yamlText = null;
        if (syntax == Syntax.YAML) {
            yamlText = YamlText.decode(content);
            YamlText.checkLongestRun(yamlText, InputLimits.MAX_STRING_LENGTH);
        }
        // The YAML reader counts code points; every position leaves here in UTF-16 code units, as JSON's do.
        Utf16Columns units = Utf16Columns.of(yamlText);
        try {
            return read(content, syntax, tags, yamlText, units);
        } catch (InputException e) {
            throw units.relocate(e);
        }
    }

    private static LocatedDocument read(byte[] content, Syntax syntax, YamlTags tags, String yamlText,
            Utf16Columns units) throws InputException {
        DocumentOrderPositions.Recorder positions = new DocumentOrderPositions.Recorder();
        JsonParser parser = null;
        try {
            String jsonText = yamlText == null ? JsonBytes.utf8TextOrNull(content) : null;
            parser = yamlText != null ? YamlFactoryHolder.YAML.createParser(ObjectReadContext.empty(), yamlText)
                    : jsonText != null ? JSON.createParser(ObjectReadContext.empty(), jsonText)
                    : JSON.createParser(ObjectReadContext.empty(), content);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException("document is empty; expected a " + syntax + " object", 1, 1, null);
            }
            Position rootPosition = LineBounds.inside(ParserComplaints.positionOf(parser.currentTokenLocation()), yamlText);
            if (first != JsonToken.START_OBJECT) {
                throw new InputException("the top level must be an object (a request or response body), found "
                        + describe(first), rootPosition.line(), rootPosition.column(), null);
            }
            positions.record(rootPosition);
            JsonNode root = readValue(parser, positions, new YamlAnchors(yamlText), tags);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                Position at = ParserComplaints.positionOf(parser.currentTokenLocation());
                throw new InputException("unexpected content after the end of the document"
                        + (syntax == Syntax.YAML ? " (only one YAML document per file is supported)" : ""),
                        at.line(), at.column(), null);
            }
            return new LocatedDocument(root, positions.finish(root, units));
        } catch (StreamConstraintsException e) {
            // Limit violations carry no location of their own; the parser knows where it stopped.
            Position at = parser == null ? Position.UNKNOWN : ParserComplaints.positionOf(parser.currentLocation());
            throw new InputException("input exceeds a safety limit: " + ParserComplaints.limitMessage(e.getOriginalMessage()),
                    at.line(), at.column(), e);
        } catch (JacksonException e) {
            throw ParserComplaints.malformed(e, syntax, yamlText, content);
        } catch (RuntimeException e) {
            // The YAML scanner reports some problems with its own unchecked exceptions.
            Position at = parser == null ? Position.UNKNOWN : ParserComplaints.positionOf(parser.currentLocation());
            throw new InputException("malformed " + syntax + ": " + ParserComplaints.firstLine(String.valueOf(e.getMessage())),
                    at.line(), at.column(), e);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * The number written: a double when it is exactly the number written, else an exact decimal. An exponent
     * beyond what an exact decimal can hold ({@code 1e-99999999999}) is refused at the number, in words rather than
     * the reader's own.
     */
    private static JsonNode floatNode(JsonParser parser) throws InputException {
        try {
            double value = parser.getDoubleValue();
            BigDecimal exact = parser.getDecimalValue();
            return Double.isFinite(value) && new BigDecimal(value).compareTo(exact) == 0
                    ? NODES.numberNode(value) : NODES.numberNode(exact);
        } catch (JacksonException | NumberFormatException e) {
            Position at = ParserComplaints.positionOf(parser.currentTokenLocation());
            throw new InputException("the number " + parser.getString() + " has an exponent too large to read"
                    + " (a request carries numbers of ordinary size)", at.line(), at.column(), e);
        }
    }

    /** Reads the value whose first token is current; records positions of its descendants. */
    private static JsonNode readValue(JsonParser parser, DocumentOrderPositions.Recorder positions,
            YamlAnchors anchors, YamlTags tags) throws InputException {
        if (parser instanceof YAMLParser yaml) {
            // The YAML reader hands an alias over as a string holding its name; expand it ourselves.
            if (yaml.isCurrentAlias()) {
                Position at = ParserComplaints.positionOf(parser.currentTokenLocation());
                JsonNode copy = anchors.expand(parser.getString(), at, parser.streamReadContext().getNestingDepth());
                positions.recordCopy(copy, at);
                return copy;
            }
            String function = tags.longForm(yaml.getTypeId());
            if (function == null) {
                rejectNonCoreTag(yaml);
            }
            String anchor = yaml.getObjectId();
            JsonNode value = function == null ? readPlainValue(parser, positions, anchors, tags)
                    : readShortForm(function, parser, positions, anchors, tags);
            if (anchor != null) {
                anchors.remember(anchor, value);
            }
            return value;
        }
        return readPlainValue(parser, positions, anchors, tags);
    }

    /** A tagged value read as its long form: one member named after the function, all placed where the tag is. */
    private static JsonNode readShortForm(String function, JsonParser parser,
            DocumentOrderPositions.Recorder positions, YamlAnchors anchors, YamlTags tags) throws InputException {
        Position at = ParserComplaints.positionOf(parser.currentTokenLocation());
        positions.record(at);
        JsonNode argument = readPlainValue(parser, positions, anchors, tags);
        if (function.equals("Fn::GetAtt") && argument.isString()) {
            // "!GetAtt Resource.Attribute" names the resource up to the first dot; the attribute may hold dots.
            String text = argument.asString();
            int dot = text.indexOf('.');
            ArrayNode parts = NODES.arrayNode();
            parts.add(dot < 0 ? text : text.substring(0, dot));
            if (dot >= 0) {
                parts.add(text.substring(dot + 1));
            }
            parts.forEach(part -> positions.record(at));
            argument = parts;
        }
        ObjectNode longForm = NODES.objectNode();
        longForm.set(function, argument);
        return longForm;
    }

    private static JsonNode readPlainValue(JsonParser parser, DocumentOrderPositions.Recorder positions,
            YamlAnchors anchors, YamlTags tags) throws InputException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    Position at = ParserComplaints.positionOf(parser.currentTokenLocation());
                    if (object.has(name)) {
                        throw new InputException("duplicate member '" + name + "'", at.line(), at.column(), null);
                    }
                    if (parser instanceof YAMLParser && name.equals("<<")
                            && !anchors.quotedAt(parser.currentTokenLocation())) {
                        // A plain << is a YAML 1.1 merge key; YAML 1.2 readers (this one too) would keep it as a member
                        // named <<. A quoted "<<" is an ordinary key in every YAML version.
                        throw new InputException("YAML merge keys (<<) are not supported; write the merged members"
                                + " out", at.line(), at.column(), null);
                    }
                    checkLength(name, InputLimits.MAX_NAME_LENGTH, "member name", at);
                    positions.record(at);
                    parser.nextToken();
                    object.set(name, readValue(parser, positions, anchors, tags));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    positions.record(ParserComplaints.positionOf(parser.currentTokenLocation()));
                    array.add(readValue(parser, positions, anchors, tags));
                }
                return array;
            }
            case VALUE_STRING -> {
                // The JSON reader enforces this limit itself; the YAML reader does not.
                String value = parser.getString();
                checkLength(value, InputLimits.MAX_STRING_LENGTH, "string", ParserComplaints.positionOf(parser.currentTokenLocation()));
                return NODES.stringNode(value);
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                if (parser instanceof YAMLParser && isYamlInfinityOrNan(parser.getString())) {
                    Position at = ParserComplaints.positionOf(parser.currentTokenLocation());
                    throw new InputException("YAML " + parser.getString() + " is not a number a request can carry"
                            + " (JSON has no infinity or NaN)", at.line(), at.column(), null);
                }
                // A double only when it is the number written: 3000.00000000000000001 is no integer, and JSON
                // Schema compares the numbers written, so such a number stays an exact decimal.
                return floatNode(parser);
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                Position at = ParserComplaints.positionOf(parser.currentTokenLocation());
                throw new InputException("unsupported value (" + describe(token) + ")", at.line(), at.column(), null);
            }
        }
    }

    /** Tags such as CloudFormation's {@code !Ref} or {@code !!binary} stand for values that are not written out. */
    private static void rejectNonCoreTag(YAMLParser yaml) throws InputException {
        String tag = yaml.getTypeId();
        if (tag == null || CORE_TAGS.contains(tag)) {
            return;
        }
        Position at = ParserComplaints.positionOf(yaml.currentTokenLocation());
        String core = "tag:yaml.org,2002:";
        String shown = tag.startsWith(core) ? "!!" + tag.substring(core.length()) : "!" + tag;
        String why = shown.startsWith("!!")
                ? "write the value as plain YAML (a string, number, boolean, list or mapping)"
                : "this looks like a CloudFormation function, resolved only when a stack is deployed; check the"
                        + " request body with the literal values it will carry";
        throw new InputException("YAML tag " + shown + " is not supported: " + why, at.line(), at.column(), null);
    }

    private static void checkLength(String text, int limit, String what, Position at) throws InputException {
        if (text.length() > limit) {
            throw new InputException("input exceeds a safety limit: " + what + " of " + text.length()
                    + " characters, the limit is " + limit, at.line(), at.column(), null);
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }


    // Set look-ups, not a regular expression: this class is on every first validation's path, and a compiled
    // character class spins the JVM's lambda machinery.
    static boolean isYamlInfinityOrNan(String text) {
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return YAML_INFINITY.contains(unsigned) || YAML_NOT_A_NUMBER.contains(text);
    }
}
