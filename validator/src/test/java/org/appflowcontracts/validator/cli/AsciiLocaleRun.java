package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command under the C locale (as minimal CI and pre-commit containers do) on a flow file named
 * {@code flöw-ü.json}, given once as an argument and once inside a walked directory. The name is made by the shell
 * from its UTF-8 bytes, so this works even when the test's own JVM runs under an ASCII locale.
 */
final class AsciiLocaleRun {

    /** The file name, as the findings must show it. */
    static final String NAME = "fl\u00f6w-\u00fc.json";

    private static final String SCRIPT = String.join("\n",
            "set -e",
            "dir=$1; flow=$2; shift 2",
            "name=$(printf 'fl\\303\\266w-\\303\\274.json')",
            "mkdir -p \"$dir/walked\"",
            "cp \"$flow\" \"$dir/$name\"",
            "cp \"$flow\" \"$dir/walked/$name\"",
            "exec \"$@\" \"$dir/$name\" \"$dir/walked\"");

    private AsciiLocaleRun() {
    }

    /** Runs {@code command} followed by the two operands (the file, the directory holding its copy). */
    static ProcessRun run(Path directory, Path flow, Map<String, String> environment, List<String> command)
            throws Exception {
        List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, "sh", directory.toString(),
                flow.toAbsolutePath().toString()));
        shell.addAll(command);
        Map<String, String> locale = new java.util.HashMap<>(Map.of("LC_ALL", "C", "LANG", "C"));
        locale.putAll(environment);
        return ProcessRun.run(directory, locale, shell);
    }
}
