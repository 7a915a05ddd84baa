package org.appflowcontracts.codegen.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An explicit list of schema files. Names are relative to {@code root} so that relative {@code $ref}s between
 * the files resolve as they would in a directory.
 */
public record FileListSchemaSource(Path root, List<Path> files) implements SchemaSource {

    public FileListSchemaSource {
        files = List.copyOf(files);
    }

    @Override
    public List<SchemaInput> load() throws IOException {
        List<SchemaInput> inputs = new ArrayList<>();
        for (Path file : files) {
            Path absolute = root.resolve(file).normalize();
            if (!Files.isRegularFile(absolute)) {
                throw new IOException("schema file " + absolute + " does not exist");
            }
            String name = root.toAbsolutePath().normalize().relativize(absolute.toAbsolutePath()).toString();
            inputs.add(new SchemaInput(name.replace('\\', '/'), Files.readAllBytes(absolute)));
        }
        inputs.sort(Comparator.comparing(SchemaInput::file));
        return inputs;
    }

    @Override
    public String describe() {
        return files.toString();
    }
}
