package org.appflowcontracts.validator.cli;

/**
 * Text findings are one line each, read by people at a terminal and by tools that split on line breaks. Member
 * names, values and file names come from the input and may hold line breaks, terminal control sequences or
 * bidirectional controls (which make a terminal show text in another order than it is read); those characters are
 * shown as {@code \\uXXXX} escapes instead.
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

    /**
     * A file name as the first field of a located line. A ':' followed by anything but a path separator is escaped
     * too, so a name such as {@code a:3:4: error X.json} cannot pass for a position and a finding of its own.
     */
    static String fileName(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separatorNext = i + 1 < name.length() && (name.charAt(i + 1) == '/' || name.charAt(i + 1) == '\\');
            if (c == ':' && !separatorNext) {
                sb.append("\\u003A");
            } else {
                sb.append(c);
            }
        }
        return of(sb.toString());
    }

    /**
     * Control characters (C0, DEL, C1), Unicode line and paragraph separators, and the bidirectional formatting
     * characters (marks, embeddings, overrides, isolates).
     */
    private static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\u061C'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
