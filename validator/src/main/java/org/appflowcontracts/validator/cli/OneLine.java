package org.appflowcontracts.validator.cli;

/**
 * Text findings are one line each, read by people at a terminal and by tools that split on line breaks. Member
 * names, values and file names come from the input and may hold line breaks or terminal control sequences;
 * those characters are shown as {@code \\uXXXX} escapes instead.
 */
final class OneLine {

    private OneLine() {
    }

    static String of(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Control characters (C0, DEL, C1), Unicode line and paragraph separators. */
    private static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}
