package org.appflowcontracts.validator.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The invocations that need no picocli besides {@code --version} alone ({@link VersionText}): file or directory
 * names with, at most, the options a pre-commit hook or a CI job passes ({@code -q}/{@code --quiet},
 * {@code --strict}, {@code --format FORMAT}, {@code --config FILE}, each once, in either the {@code --name value}
 * or the {@code --name=value} form).
 * They run without picocli's reflective command model, whose classes (Java 5 class files) no class-data archive
 * or AOT cache can hold, so building it costs every start. Anything else, including every mistake and anything
 * this class is unsure of, goes through picocli, which reads it as before.
 */
final class PlainInvocation {

    /** What a plain command line asks for; options not named keep their defaults. */
    record Request(List<String> operands, OutputFormat format, boolean quiet, boolean strict, Path config) {}

    private static final Map<String, String> NAMES = Map.of(
            "-q", "--quiet", "--quiet", "--quiet", "--strict", "--strict", "--format", "--format",
            "--config", "--config");

    private PlainInvocation() {
    }

    /** The request, when every argument is an operand or one of the options above given well; else empty. */
    static Optional<Request> parse(String[] args) {
        Reading reading = new Reading();
        for (int i = 0; i < args.length; i++) {
            if (isOperand(args[i])) {
                reading.operands.add(args[i]);
                continue;
            }
            int equals = args[i].startsWith("--") ? args[i].indexOf('=') : -1;
            String name = NAMES.get(equals < 0 ? args[i] : args[i].substring(0, equals));
            if (name == null || !reading.given.add(name)) {
                return Optional.empty();
            }
            if (name.equals("--format") || name.equals("--config")) {
                String value = equals >= 0 ? args[i].substring(equals + 1)
                        : i + 1 < args.length ? args[++i] : "";
                if (!reading.value(name, value)) {
                    return Optional.empty();
                }
            } else if (equals >= 0) {
                return Optional.empty();  // --quiet=true: picocli's to read
            }
        }
        return reading.request();
    }

    /** The state of one parse: operands, the option names seen, and the values taken. */
    private static final class Reading {
        private final List<String> operands = new ArrayList<>();
        private final Set<String> given = new HashSet<>();
        private OutputFormat format = OutputFormat.TEXT;
        private Path config;

        /** Takes an option's value; false when picocli should read it (a dash, a blank, an unknown format). */
        boolean value(String name, String value) {
            if (value.isBlank() || value.startsWith("-")) {
                return false;
            }
            if (name.equals("--format")) {
                // No lambda: a CI job's run should not pay for the first lambda's set-up.
                Optional<OutputFormat> named = format(value);
                if (named.isPresent()) {
                    format = named.get();
                }
                return named.isPresent();
            }
            Optional<Path> path = path(value);
            if (path.isPresent()) {
                config = path.get();
            }
            return config != null;
        }

        Optional<Request> request() {
            return operands.isEmpty() ? Optional.empty() : Optional.of(new Request(List.copyOf(operands), format,
                    given.contains("--quiet"), given.contains("--strict"), config));
        }
    }

    /**
     * Whether an argument is an operand picocli would take as a path as it is: not empty or blank (a usage error),
     * not an option or anything starting with a dash except {@code -} (standard input).
     */
    private static boolean isOperand(String arg) {
        return !arg.isBlank() && (!arg.startsWith("-") || arg.equals("-"));
    }

    /** A format named as picocli reads enum values here: its constant's name in any case. */
    private static Optional<OutputFormat> format(String value) {
        for (OutputFormat format : OutputFormat.values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> path(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
