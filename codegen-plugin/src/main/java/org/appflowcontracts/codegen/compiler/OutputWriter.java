package org.appflowcontracts.codegen.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files, touching only those whose content changed (so compilers and IDEs see no change on a
 * rebuild), and removes {@code .java} files that the current generation no longer produces.
 */
final class OutputWriter {

    record Outcome(int written, int unchanged, int deleted) {}

    Outcome write(Path root, List<GeneratedFile> files) throws IOException {
        int written = 0;
        int unchanged = 0;
        Set<Path> produced = new HashSet<>();
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.path()).normalize();
            produced.add(target);
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            written++;
        }
        int deleted = 0;
        if (Files.isDirectory(root)) {
            try (Stream<Path> existing = Files.walk(root)) {
                for (Path stale : existing.filter(p -> p.toString().endsWith(".java"))
                        .map(Path::normalize)
                        .filter(p -> !produced.contains(p))
                        .sorted()
                        .toList()) {
                    Files.delete(stale);
                    deleted++;
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new Outcome(written, unchanged, deleted);
    }
}
