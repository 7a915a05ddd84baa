package org.appflowcontracts.codegen.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every {@code *.json} file under a directory (recursively), named relative to it. */
public record DirectorySchemaSource(Path root) implements SchemaSource {

    @Override
    public List<SchemaInput> load() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("schema directory " + root + " does not exist");
        }
        List<SchemaInput> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                inputs.add(new SchemaInput(name, Files.readAllBytes(file)));
            }
        }
        inputs.sort(Comparator.comparing(SchemaInput::file));
        return inputs;
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
