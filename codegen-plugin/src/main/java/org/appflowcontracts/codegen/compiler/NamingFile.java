package org.appflowcontracts.codegen.compiler;

import java.util.Objects;

/**
 * Where the naming words come from: a JSON file among the schema inputs ({@code /} separated, relative to the schema
 * root), read instead of compiled.
 *
 * @param file     the file's path relative to the schema root
 * @param required whether a missing file is an error (the user named it) or means "no naming words" (the default)
 */
public record NamingFile(String file, boolean required) {

    /** The file the generate goal looks for when none is configured. */
    public static final String DEFAULT_FILE = "codegen-naming.json";

    public NamingFile {
        Objects.requireNonNull(file, "file");
        file = file.replace('\\', '/');
        if (file.isBlank() || !file.endsWith(".json")) {
            throw new IllegalArgumentException("namingFile '" + file + "' must name a .json file");
        }
    }

    /** The default: {@value #DEFAULT_FILE} if the schema directory has one. */
    public static NamingFile optionalDefault() {
        return new NamingFile(DEFAULT_FILE, false);
    }
}
