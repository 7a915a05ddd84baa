package org.appflowcontracts.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appflowcontracts.codegen.compiler.CompilerConfig;
import org.appflowcontracts.codegen.compiler.SchemaCompiler;
import org.appflowcontracts.codegen.parse.DirectorySchemaSource;
import org.appflowcontracts.codegen.parse.SchemaInput;

/** The small schema set under {@code src/test/resources/fixture} that follows the contract layout. */
public final class Fixture {

    public static final Path ROOT = Path.of("src/test/resources/fixture");
    public static final String PACKAGE = "com.example.pipes";
    /** The fixture's naming file ({@code OData} is one word), in the default place. */
    public static final String NAMING_FILE = "codegen-naming.json";

    private Fixture() {}

    public static List<SchemaInput> inputs() {
        try {
            return new DirectorySchemaSource(ROOT).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CompilerConfig config(Path output) {
        return new CompilerConfig(new DirectorySchemaSource(ROOT), output, PACKAGE, Set.of(), true, true, true);
    }

    public static SchemaCompiler.Generation generate() {
        return new SchemaCompiler().generate(config(Path.of("unused")), inputs());
    }

    /** The fixture with one document replaced. */
    public static List<SchemaInput> withDocument(String file, String json) {
        List<SchemaInput> inputs = new ArrayList<>();
        for (SchemaInput input : inputs()) {
            if (!input.file().equals(file)) {
                inputs.add(input);
            }
        }
        inputs.add(new SchemaInput(file, json.getBytes(StandardCharsets.UTF_8)));
        return inputs;
    }

    public static String read(String file) {
        try {
            return java.nio.file.Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
