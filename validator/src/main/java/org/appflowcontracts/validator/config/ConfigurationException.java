package org.appflowcontracts.validator.config;

import java.util.List;

/** A configuration or baseline file that cannot be used, with every problem found in it, each located. */
public final class ConfigurationException extends Exception {

    /** The id these problems are reported under. */
    public static final String RULE_ID = "config.invalid";

    private final String file;
    private final List<Problem> problems;

    /** One problem: 1-based line and column in the file (0 when the file could not be read at all). */
    public record Problem(int line, int column, String message) {
    }

    public ConfigurationException(String file, List<Problem> problems) {
        super(file + ":" + problems.get(0).line() + ":" + problems.get(0).column() + ": " + problems.get(0).message());
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public ConfigurationException(String file, int line, int column, String message) {
        this(file, List.of(new Problem(line, column, message)));
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One line per problem: {@code file:line:col: error config.invalid message}. */
    public List<String> describe() {
        return problems.stream()
                .map(p -> file + ":" + p.line() + ":" + p.column() + ": error " + RULE_ID + " " + p.message())
                .toList();
    }
}
