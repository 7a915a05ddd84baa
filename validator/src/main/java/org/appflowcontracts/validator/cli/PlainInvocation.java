package org.appflowcontracts.validator.cli;

import java.util.List;

/**
 * The invocations that need no command-line parsing: {@code --version} alone, and file or directory names with
 * every option at its default (what a pre-commit hook passes, or a CI job over a folder). They run without
 * picocli's reflective command model, whose classes (Java 5 class files) no class-data archive or AOT cache can
 * hold, so building it costs every start. Anything else, including a mistake, goes through picocli.
 */
final class PlainInvocation {

    private PlainInvocation() {
    }

    static boolean isVersion(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * Whether every argument is an operand picocli would take as a path as it is: not empty or blank (a usage
     * error), not an option or anything starting with a dash except {@code -} (standard input).
     */
    static boolean onlyOperands(String[] args) {
        if (args.length == 0) {
            return false;
        }
        for (String arg : args) {
            if (arg.isBlank() || (arg.startsWith("-") && !arg.equals("-"))) {
                return false;
            }
        }
        return true;
    }

    static List<String> versionLines() {
        return List.of(new VersionProvider().getVersion());
    }
}
