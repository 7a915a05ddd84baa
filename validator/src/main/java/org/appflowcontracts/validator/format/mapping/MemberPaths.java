package org.appflowcontracts.validator.format.mapping;

import org.appflowcontracts.validator.text.AsciiCharacters;

/**
 * Finds the member paths a message mentions: ASCII names ({@code [A-Za-z_][A-Za-z0-9_]*}) joined by dots
 * ({@code destinationConnectorProperties.S3.bucketName}), each starting where no name character or dot comes
 * before it (so {@code 9abc} and the {@code b} of {@code a.b} start nothing). A hand-written scan rather than a
 * regular expression: a template's first finding would otherwise set up the regex engine.
 */
final class MemberPaths {

    private MemberPaths() {
    }

    /** Where the first path at or after {@code from} starts, or -1. */
    static int next(String message, int from) {
        for (int i = from; i < message.length(); i++) {
            if (isNameStart(message.charAt(i)) && (i == 0 || !isNameOrDot(message.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the path starting at {@code start} ends: after its last name; a dot not followed by a name is not its. */
    static int end(String message, int start) {
        int i = nameEnd(message, start);
        while (i + 1 < message.length() && message.charAt(i) == '.' && isNameStart(message.charAt(i + 1))) {
            i = nameEnd(message, i + 1);
        }
        return i;
    }

    private static int nameEnd(String message, int start) {
        int i = start + 1;
        while (i < message.length() && isNamePart(message.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameStart(char c) {
        return AsciiCharacters.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return AsciiCharacters.isWord(c);
    }

    private static boolean isNameOrDot(char c) {
        return AsciiCharacters.isWord(c) || c == '.';
    }
}
