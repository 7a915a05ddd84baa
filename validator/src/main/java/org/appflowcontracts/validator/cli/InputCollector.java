package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns command-line operands into documents: files as given, directories walked recursively for
 * {@code *.json}, {@code *.yaml}, {@code *.yml} (sorted, hidden directories skipped), {@code -} for standard input.
 * Operands that do not exist are kept in place, so reading them reports a located problem in operand order.
 */
final class InputCollector {

    List<InputSource> collect(List<String> operands) {
        List<InputSource> sources = new ArrayList<>();
        for (String operand : operands) {
            if (operand.equals("-")) {
                sources.add(InputSource.stdin());
                continue;
            }
            Path path = Path.of(operand);
            if (Files.isDirectory(path)) {
                sources.addAll(walk(path));
            } else {
                sources.add(new InputSource(operand, path));
            }
        }
        return sources;
    }

    private static List<InputSource> walk(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files
                    .filter(p -> Files.isRegularFile(p) && isFlowFile(p) && !insideHiddenDirectory(directory, p))
                    .map(Path::normalize)
                    .sorted(Comparator.comparing(Path::toString))
                    .map(p -> new InputSource(p.toString(), p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    static boolean isFlowFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    // Version-control and tool directories (.git, .idea, ...) never hold flows worth checking.
    private static boolean insideHiddenDirectory(Path root, Path file) {
        Path relative = root.relativize(file).getParent();
        if (relative == null) {
            return false;
        }
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") && !name.equals(".") && !name.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
