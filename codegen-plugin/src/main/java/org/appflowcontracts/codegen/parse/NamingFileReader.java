package org.appflowcontracts.codegen.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.types.NamingWords;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a naming file, {@code {"$comment": "...", "words": ["OData"]}}: the words generated member and constant
 * names keep whole. Anything else in it is refused with the file and the JSON pointer of the offending value, as a
 * schema would be, so that a typo never silently changes the generated names.
 */
public final class NamingFileReader {

    private static final Set<String> MEMBERS = Set.of("$comment", "words");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public NamingWords read(SchemaInput input) {
        JsonNode root = tree(input);
        if (!root.isObject()) {
            throw new SchemaCompileException(input.file(), "", "a naming file must be a JSON object with \"words\"");
        }
        for (Map.Entry<String, JsonNode> member : root.properties()) {
            if (!MEMBERS.contains(member.getKey())) {
                throw new SchemaCompileException(input.file(), "/" + escape(member.getKey()),
                        "unknown member '" + member.getKey() + "'; a naming file has \"words\" and \"$comment\"");
            }
        }
        if (root.has("$comment") && !root.get("$comment").isString()) {
            throw new SchemaCompileException(input.file(), "/$comment", "\"$comment\" must be a string");
        }
        JsonNode words = root.get("words");
        if (words == null || !words.isArray()) {
            throw new SchemaCompileException(input.file(), words == null ? "" : "/words",
                    "\"words\" must be an array of words");
        }
        return new NamingWords(words(input.file(), words));
    }

    private static List<String> words(String file, JsonNode array) {
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode word = array.get(i);
            String pointer = "/words/" + i;
            if (!word.isString() || !NamingWords.WORD.matcher(word.stringValue()).matches()) {
                throw new SchemaCompileException(file, pointer,
                        "a word is a string of ASCII letters and digits that starts with a letter, such as \"OData\"");
            }
            if (!seen.add(word.stringValue())) {
                throw new SchemaCompileException(file, pointer, "'" + word.stringValue() + "' is listed twice");
            }
            words.add(word.stringValue());
        }
        return words;
    }

    private JsonNode tree(SchemaInput input) {
        try {
            JsonNode tree = mapper.readTree(input.content());
            if (tree == null || tree.isMissingNode()) {
                throw new SchemaCompileException(input.file(), "", "the naming file is empty");
            }
            return tree;
        } catch (JacksonException e) {
            var where = e.getLocation();
            String position = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw new SchemaCompileException(input.file(), "", "not valid JSON" + position + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
