package org.appflowcontracts.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.cli.BuildFileChecker;

/**
 * The files of one folder that a build checks: those matching an include and no exclude, in a stable order.
 * Hidden folders ({@code .terraform}, {@code .git}, ...) are not entered: they hold tool state, not a team's flows;
 * the checker's own files ({@code .appflow-contracts.yaml}, a baseline) are configuration, not flows.
 */
public record FlowFileSet(Path directory, List<AntPattern> includes, List<AntPattern> excludes) {

    /** What the command line checks in a folder it is given. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json", "**/*.yaml", "**/*.yml", "**/*.tf");

    public FlowFileSet {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    public static FlowFileSet of(Path directory, List<String> includes, List<String> excludes) {
        List<String> in = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
        List<String> out = excludes == null ? List.of() : excludes;
        return new FlowFileSet(directory.toAbsolutePath().normalize(),
                in.stream().map(AntPattern::of).toList(), out.stream().map(AntPattern::of).toList());
    }

    /** The matching regular files, sorted by their path relative to the folder; none when it does not exist. */
    public List<Path> scan() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(directory) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && !BuildFileChecker.isToolFile(file) && selected(relative(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Kept when selected: checking it then reports why it cannot be read, located in the build log.
                    if (selected(relative(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        found.sort((a, b) -> relative(a).compareTo(relative(b)));
        return found;
    }

    boolean selected(String relativePath) {
        return includes.stream().anyMatch(p -> p.matches(relativePath))
                && excludes.stream().noneMatch(p -> p.matches(relativePath));
    }

    private String relative(Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
