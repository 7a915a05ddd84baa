package org.appflowcontracts.validator.config;

import java.util.regex.Pattern;

/**
 * A path glob of the configuration file, matched against a path relative to the configuration's directory with
 * {@code /} separators: {@code *} within one directory, {@code **} across directories, {@code ?} one character,
 * {@code {a,b}} either. A glob without {@code /} matches the file name in any directory, as in {@code .gitignore}.
 */
public record Glob(String text, Pattern regex) {

    public static Glob of(String text) {
        String glob = text.startsWith("./") ? text.substring(2) : text;
        if (!glob.contains("/")) {
            glob = "**/" + glob;
        }
        return new Glob(text, Pattern.compile(toRegex(glob)));
    }

    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                braces++;
                regex.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                regex.append(')');
            } else if (c == ',' && braces > 0) {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // An unclosed brace is taken literally rather than failing the whole configuration.
        return braces == 0 ? regex.toString() : Pattern.quote(glob);
    }
}
