package org.appflowcontracts.codegen.emit;

/** Makes schema text safe inside a Javadoc comment. */
public final class Javadoc {

    private Javadoc() {}

    /** Escapes HTML, comment terminators, tags and unicode escapes. */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                // javac decodes backslash-u escapes even inside comments; an entity keeps the text as written.
                .replace("\\u", "&#92;u");
    }
}
