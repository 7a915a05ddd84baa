package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns command-line operands into documents: files as given, directories walked recursively for
 * {@code *.json}, {@code *.yaml}, {@code *.yml}, {@code *.tf} (sorted, hidden directories skipped), {@code -} for standard input.
 * Operands that do not exist are kept in place, so reading them reports a located problem in operand order.
 *
 * <p>A directory operand that is a symbolic link is followed; links to directories inside it are not (they could
 * loop, or show the same files twice); links named like flow files that lead nowhere are kept, so that they are
 * reported. A directory operand with nothing to check is kept as a source of its own and reported. A directory inside that cannot be listed is kept as a source of its own,
 * so reading it reports why instead of the run failing.
 */
final class InputCollector {

    List<InputSource> collect(List<String> operands) {
        List<InputSource> sources = new ArrayList<>();
        for (String operand : operands) {
            if (operand.equals("-")) {
                sources.add(InputSource.stdin());
                continue;
            }
            Path path = pathOf(operand);
            if (path == null) {
                sources.add(InputSource.unnameable(operand, "no such file, or one that cannot be opened by this"
                        + " name: the locale's character set (" + System.getProperty("sun.jnu.encoding", "unknown")
                        + ") cannot spell it; run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8"));
                continue;
            }
            List<InputSource> inside = Files.isDirectory(path) ? walk(path) : List.of();
            if (!inside.isEmpty()) {
                sources.addAll(inside);
            } else {
                // A file, a missing path, or a directory with nothing to check (a directory named x.json, an
                // empty folder): reading it reports which, instead of a silent "0 files".
                sources.add(new InputSource(operand, path));
            }
        }
        return sources;
    }

    /**
     * The path an operand names; under a locale that cannot spell it, the existing file of that name found by
     * listing its directories; {@code null} when there is none.
     */
    private static Path pathOf(String operand) {
        try {
            return Path.of(operand);
        } catch (InvalidPathException e) {
            return NativeFileNames.locate(operand).orElse(null);
        }
    }

    private static List<InputSource> walk(Path directory) {
        List<Path> found = new ArrayList<>();
        try {
            // Walking the real directory follows a linked operand; names are reported under the operand's spelling.
            Path real = directory.toRealPath();
            Files.walkFileTree(real, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(real) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // A link to a flow file is checked like the file; links to directories are not walked. A link
                    // named like a flow file that leads nowhere is kept, so reading it reports the broken link.
                    boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                    boolean dangling = attrs.isSymbolicLink() && !Files.exists(file);
                    if ((regular || dangling) && isFlowFile(file)) {
                        found.add(directory.resolve(real.relativize(file)).normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Reading it again reports the reason (permission denied, ...) as an input problem; paths the
                    // walk would have skipped anyway (hidden, or a file that is not a flow) are skipped here too.
                    if (unreadableButWanted(file)) {
                        found.add(directory.resolve(real.relativize(file)).normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        // Sorted by the names shown, which differ from Path.toString() only for names the locale cannot decode.
        // A loop and a named comparator, not a stream: a batch's first lambda would be spun at run time.
        List<InputSource> sources = new ArrayList<>(found.size());
        for (Path p : found) {
            sources.add(new InputSource(NativeFileNames.text(p), p));
        }
        sources.sort(BY_DISPLAY_NAME);
        return sources;
    }

    private static final Comparator<InputSource> BY_DISPLAY_NAME = new Comparator<>() {
        @Override
        public int compare(InputSource a, InputSource b) {
            return a.displayName().compareTo(b.displayName());
        }
    };

    static boolean isFlowFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !ToolFiles.isToolFile(path) && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".tf"));
    }

    /** Whether a path the walk could not read is one it would have checked (so its problem is worth reporting). */
    static boolean unreadableButWanted(Path path) {
        return !isHidden(path) && (Files.isDirectory(path) || isFlowFile(path));
    }

    // Version-control and tool directories (.git, .idea, ...) never hold flows worth checking.
    private static boolean isHidden(Path dir) {
        Path name = dir.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
