package org.appflowcontracts.validator.parse;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointer helpers: escaping of reference tokens, appending, splitting and parents. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    public static String append(String pointer, String member) {
        return pointer + "/" + escape(member);
    }

    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The unescaped reference tokens of a pointer; the root {@code ""} has none. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(unescape(raw));
        }
        return tokens;
    }

    /** The parent pointer, or {@code null} for the root. */
    public static String parent(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    /** Whether {@code ancestor} is {@code pointer} itself or one of its ancestors. */
    public static boolean isSelfOrAncestor(String ancestor, String pointer) {
        return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }
}
