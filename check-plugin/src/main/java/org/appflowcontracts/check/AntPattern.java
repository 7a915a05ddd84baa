package org.appflowcontracts.check;

import java.util.regex.Pattern;

/**
 * An include or exclude pattern as Maven file sets spell them: {@code /}-separated, {@code **} for any number of
 * folders (none included), {@code *} and {@code ?} within one name, and a trailing {@code /} for everything below.
 */
public record AntPattern(String text, Pattern regex) {

    public static AntPattern of(String text) {
        String normalized = text.strip().replace('\\', '/');
        while (normalized.startsWith("/")) {
            normalized = normalized.substring(1);
        }
        if (normalized.isEmpty() || normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        return new AntPattern(text, Pattern.compile(toRegex(normalized)));
    }

    /** Whether a path relative to the file set's folder, with {@code /} separators, matches. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    private static String toRegex(String pattern) {
        String[] segments = pattern.split("/", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            if (segments[i].equals("**")) {
                regex.append(last ? ".*" : "(?:[^/]*/)*");
            } else {
                regex.append(segment(segments[i])).append(last ? "" : "/");
            }
        }
        return regex.toString();
    }

    private static String segment(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '*' ? "[^/]*" : "[^/]");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }
}
