package org.appflowcontracts.validator.format.seeded;

/** A 1-based line and column, columns in UTF-16 code units as the findings count them. */
record TextPosition(int line, int column) {

    static TextPosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart + 1);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
