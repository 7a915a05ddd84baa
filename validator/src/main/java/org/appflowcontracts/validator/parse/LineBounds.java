package org.appflowcontracts.validator.parse;

/**
 * Keeps a position the YAML reader gives inside the document. At a lone CR that ends the text the reader does not
 * start a new line, so the end of such a document is reported one column past its last line; the position belongs
 * at the start of the (empty) line after it. Lines end at LF, CR LF or a lone CR, as YAML ends them.
 */
final class LineBounds {

    private LineBounds() {
    }

    static Position inside(Position at, String text) {
        if (text == null || at.line() < 1) {
            return at;
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i < text.length() && line < at.line(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                start = i + 1;
            }
        }
        if (line < at.line()) {
            return at;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        boolean nextLineExists = end < text.length();
        int lastColumn = text.codePointCount(start, end) + 1;
        return at.column() > lastColumn && nextLineExists ? new Position(at.line() + 1, 1) : at;
    }
}
