package org.appflowcontracts.codegen.emit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The formats of the shipped schemas' patterns in words, from the same message data the validator's messages use
 * ({@code schemas/messages/messages.json} of the schemas artifact). A pattern of a team's own schema has none.
 */
final class FormatWords {

    private static final String RESOURCE = "schemas/messages/messages.json";
    private static final Map<String, String> WORDS = read();

    private FormatWords() {}

    static Optional<String> of(String pattern) {
        return Optional.ofNullable(WORDS.get(pattern));
    }

    private static Map<String, String> read() {
        try (InputStream in = FormatWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            Map<String, String> words = new HashMap<>();
            if (in != null) {
                JsonNode root = JsonMapper.builder().build().readTree(in);
                root.path("formats").forEach(f -> words.put(f.path("pattern").asString(), f.path("words").asString()));
            }
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
