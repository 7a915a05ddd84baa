package org.appflowcontracts.validator.parse;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.InputException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** The JSON and YAML readers' complaints as located input problems, in the user's words rather than the readers'. */
final class ParserComplaints {

    private static final String YAML_KEY_PROBLEM = "Expected a property name (Scalar value in YAML)";

    private ParserComplaints() {
    }

    /** A parser's complaint as a located input problem: YAML's scanner knows the offending character best. */
    static InputException malformed(JacksonException e, LocatedParser.Syntax syntax, String yamlText, byte[] content) {
        if (e.getCause() instanceof ReaderException unreadable && yamlText != null) {
            // A character YAML does not allow in a document (a NUL, another control character).
            Position at = YamlText.positionOfCodePoint(yamlText, unreadable.getPosition());
            return new InputException(String.format("malformed YAML: character U+%04X is not allowed in a YAML"
                    + " document", unreadable.getCodePoint()), at.line(), at.column(), e);
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith(YAML_KEY_PROBLEM)) {
            message = "a YAML key must be a plain string; a list, mapping or alias cannot name a member";
        }
        if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
            // The scanner knows where the offending character is; the reader only knows its last event.
            Mark mark = marked.getProblemMark().get();
            return new InputException("malformed YAML: " + message, mark.getLine() + 1, mark.getColumn() + 1, e);
        }
        InputException located = located("malformed " + syntax + ": " + message, e);
        if (located.line() == 0 && yamlText == null) {
            // The UTF-32 reader names the offending character only by its index.
            Position at = Utf32Positions.ofMessage(content, message);
            if (!at.equals(Position.UNKNOWN)) {
                return new InputException(located.getMessage(), at.line(), at.column(), e);
            }
        }
        return located;
    }

    /** A limit violation without the name of the library setting it comes from. */
    static String limitMessage(String message) {
        return firstLine(message).replaceAll(",? from `[^`]*`", "");
    }

    static InputException located(String message, JacksonException e) {
        Position at = positionOf(e.getLocation());
        return new InputException(message, at.line(), at.column(), e);
    }

    static Position positionOf(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.UNKNOWN;
        }
        return new Position(location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

    /**
     * One line out of a parser message. YAML scanner messages span lines: a context line, source excerpts with a
     * caret and "in reader, line L, column C" lines; only the unindented lines carry meaning (the position is
     * reported separately).
     */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        List<String> meaningful = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.strip().equals("^")) {
                meaningful.add(line.strip());
            }
        }
        String text = meaningful.isEmpty() ? message.strip() : String.join("; ", meaningful);
        // Jackson names where an unclosed array/object started as an opaque source reference; the position of the
        // problem is reported anyway.
        return text.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "");
    }
}
