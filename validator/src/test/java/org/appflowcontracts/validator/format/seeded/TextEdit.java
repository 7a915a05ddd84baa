package org.appflowcontracts.validator.format.seeded;

/**
 * One text edit of a user's file: the {@code occurrence}-th (0-based) {@code old} text becomes {@code replacement}.
 * The rest of the file keeps its bytes, so every other line stays where the user wrote it.
 */
record TextEdit(String old, int occurrence, String replacement) {

    TextEdit {
        if (old.isEmpty()) {
            throw new IllegalArgumentException("an edit replaces some text");
        }
    }

    /** The file with the edit applied, and where the edit sits in it. */
    Planted applyTo(String text, String file) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(old, at + 1);
            if (at < 0) {
                throw new IllegalStateException(file + " has no occurrence " + occurrence + " of: " + old);
            }
        }
        if (occurrence == 0 && text.indexOf(old, at + 1) >= 0) {
            throw new IllegalStateException(file + " has this text more than once, say which: " + old);
        }
        String planted = text.substring(0, at) + replacement + text.substring(at + old.length());
        return new Planted(planted, at, TextPosition.of(text, at), newlines(replacement) - newlines(old),
                TextPosition.of(text, at + old.length()).line());
    }

    private static int newlines(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    /**
     * The planted file; the edit starts at {@code offset}, at line and column {@code at}; {@code lineShift} is how
     * many lines the edit adds (negative: removes) after the last line it touched, {@code lastLine} (in the
     * original file).
     */
    record Planted(String text, int offset, TextPosition at, int lineShift, int lastLine) {

        /** Where a finding of the original file sits in the planted one. */
        int shifted(int line) {
            return line > lastLine ? line + lineShift : line;
        }
    }
}
