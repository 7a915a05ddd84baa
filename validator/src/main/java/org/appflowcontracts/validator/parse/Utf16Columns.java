package org.appflowcontracts.validator.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.appflowcontracts.validator.InputException;

/**
 * Columns in UTF-16 code units, the unit of SARIF's default {@code columnKind} and of the JSON reader: the YAML
 * reader counts code points instead, so a character outside the Basic Multilingual Plane (an emoji) before a value
 * would move its column by one between the two syntaxes. This turns the YAML reader's columns into UTF-16 ones.
 *
 * <p>Lines end where the YAML reader ends them, at LF, CR LF or a lone CR; HCL's reader ends them at LF only.
 */
public final class Utf16Columns {

    private static final Utf16Columns IDENTITY = new Utf16Columns(Map.of());

    /** For each line holding supplementary characters, their 1-based code point columns, ascending. */
    private final Map<Integer, int[]> supplementaryByLine;

    private Utf16Columns(Map<Integer, int[]> supplementaryByLine) {
        this.supplementaryByLine = supplementaryByLine;
    }

    /** The conversion for a YAML text, whose positions count code points; the identity for {@code null}. */
    static Utf16Columns of(String text) {
        return of(text, true);
    }

    /** The conversion for a text whose lines end at LF, and also at a lone CR when {@code loneCrEndsLine}. */
    public static Utf16Columns of(String text, boolean loneCrEndsLine) {
        if (text == null || !hasSurrogate(text)) {
            return IDENTITY;
        }
        Map<Integer, int[]> byLine = new HashMap<>();
        int[] found = new int[16];
        int count = 0;
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean lineEnds = c == '\n'
                    || (loneCrEndsLine && c == '\r' && (i == text.length() || text.charAt(i) != '\n'));
            if (Character.isSupplementaryCodePoint(c)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = column;
            }
            column++;
            if (lineEnds || i == text.length()) {
                if (count > 0) {
                    byLine.put(line, Arrays.copyOf(found, count));
                    count = 0;
                }
                line++;
                column = 1;
            }
        }
        return new Utf16Columns(byLine);
    }

    /** The UTF-16 column of a position given in code points (a supplementary character before it counts two). */
    public int column(int line, int codePointColumn) {
        int[] supplementary = supplementaryByLine.get(line);
        if (supplementary == null) {
            return codePointColumn;
        }
        // Columns are distinct and ascending: the insertion point counts the ones before the position.
        int at = Arrays.binarySearch(supplementary, codePointColumn);
        int before = at >= 0 ? at : -at - 1;
        return codePointColumn + before;
    }

    /** Whether no column changes (the text has no supplementary character). */
    public boolean isIdentity() {
        return supplementaryByLine.isEmpty();
    }

    /** Converts recorded columns in place. */
    void convert(int[] lines, int[] columns, int count) {
        if (supplementaryByLine.isEmpty()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            columns[i] = column(lines[i], columns[i]);
        }
    }

    /** The same problem with its column in UTF-16 code units. */
    public InputException relocate(InputException e) {
        if (supplementaryByLine.isEmpty() || e.line() < 1) {
            return e;
        }
        int column = column(e.line(), e.column());
        if (column == e.column()) {
            return e;
        }
        InputException moved = new InputException(e.getMessage(), e.line(), column, e.getCause());
        moved.setStackTrace(e.getStackTrace());
        return moved;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
