package org.appflowcontracts.export.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.appflowcontracts.export.ExportException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each shape's pattern means, in words, with an example value: the message data the validator shows in its
 * findings ({@code formats: [{shapes, words, example}]}), so editors describe a format as the findings do.
 */
public final class FormatWords {

    /** A format in words and a value that has it. */
    public record Format(String words, String example) {
    }

    private static final FormatWords NONE = new FormatWords(Map.of());

    private final Map<String, Format> byShape;

    private FormatWords(Map<String, Format> byShape) {
        this.byShape = byShape;
    }

    public static FormatWords none() {
        return NONE;
    }

    public static FormatWords read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Format> byShape = new TreeMap<>();
            for (JsonNode format : root.path("formats")) {
                String words = format.path("words").asString("");
                String example = format.path("example").isString() ? format.get("example").stringValue() : null;
                if (!words.isEmpty()) {
                    format.path("shapes").forEach(shape -> byShape.put(shape.asString(""), new Format(words, example)));
                }
            }
            return new FormatWords(byShape);
        } catch (IOException | JacksonException e) {
            throw new ExportException(file.toString(), "cannot read the format words: " + e.getMessage(), e);
        }
    }

    public Optional<Format> of(String shape) {
        return Optional.ofNullable(byShape.get(shape));
    }
}
