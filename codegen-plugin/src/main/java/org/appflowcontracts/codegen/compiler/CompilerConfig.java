package org.appflowcontracts.codegen.compiler;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.appflowcontracts.codegen.parse.SchemaSource;

/**
 * Everything a compilation depends on besides the schema bytes.
 *
 * @param source             where the schema documents come from
 * @param outputDirectory    root of the generated sources
 * @param basePackage        package of the records and enums; validators go to {@code <basePackage>.validation}
 * @param operations         operations to generate for; empty means every entry schema
 * @param generateBuilders   nested builders on records
 * @param jacksonAnnotations Jackson binding annotations on records and enums
 * @param generateValidators compiled validators per entry
 * @param namingFile         the naming words' file among the schema inputs
 */
public record CompilerConfig(
        SchemaSource source,
        Path outputDirectory,
        String basePackage,
        Set<String> operations,
        boolean generateBuilders,
        boolean jacksonAnnotations,
        boolean generateValidators,
        NamingFile namingFile) {

    /** A configuration that takes naming words from {@value NamingFile#DEFAULT_FILE} if the schemas have one. */
    public CompilerConfig(SchemaSource source, Path outputDirectory, String basePackage, Set<String> operations,
            boolean generateBuilders, boolean jacksonAnnotations, boolean generateValidators) {
        this(source, outputDirectory, basePackage, operations, generateBuilders, jacksonAnnotations,
                generateValidators, NamingFile.optionalDefault());
    }

    public CompilerConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(namingFile, "namingFile");
        if (!basePackage.matches("[a-zA-Z_][a-zA-Z0-9_]*(\\.[a-zA-Z_][a-zA-Z0-9_]*)*")) {
            throw new IllegalArgumentException("basePackage '" + basePackage + "' is not a Java package name");
        }
        operations = Set.copyOf(new TreeSet<>(operations));
    }

    public String validationPackage() {
        return basePackage + ".validation";
    }

    /** The settings that influence generated output, in a stable textual form (for the up-to-date check). */
    public String fingerprint() {
        return "source=" + source.describe()
                + "\nbasePackage=" + basePackage
                + "\noperations=" + new TreeSet<>(operations)
                + "\nbuilders=" + generateBuilders
                + "\njackson=" + jacksonAnnotations
                + "\nvalidators=" + generateValidators
                + "\nnaming=" + namingFile.file() + (namingFile.required() ? " (required)" : "")
                + "\n";
    }
}
