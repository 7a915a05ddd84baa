package org.appflowcontracts.codegen.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes generated files, touching only those whose content changed (so compilers and IDEs see no change on a
 * rebuild), and removes the files an earlier generation wrote that the current one no longer produces. Files it
 * did not write itself are never removed.
 */
final class OutputWriter {

    record Outcome(int written, int unchanged, int deleted) {}

    /** @param previouslyWritten paths (relative to {@code root}) the last generation into {@code root} wrote */
    Outcome write(Path root, List<GeneratedFile> files, Set<String> previouslyWritten) throws IOException {
        int written = 0;
        int unchanged = 0;
        Set<String> produced = new HashSet<>();
        for (GeneratedFile file : files) {
            produced.add(file.path());
            Path target = root.resolve(file.path()).normalize();
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
        for (String stale : new TreeSet<>(previouslyWritten)) {
            if (!produced.contains(stale) && Files.deleteIfExists(root.resolve(stale).normalize())) {
                deleted++;
            }
        }
        return new Outcome(written, unchanged, deleted);
    }
}
