package org.appflowcontracts.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appflowcontracts.validator.cli.BuildFileChecker;
import org.appflowcontracts.validator.cli.OutputFormat;
import org.appflowcontracts.validator.cli.RunResult;

/**
 * Writes the run as {@code appflow-contracts.sarif} and {@code appflow-contracts.json} (the command line's SARIF
 * and JSON formats) into the report folder; file names in them are relative to the project folder.
 */
public final class ReportFiles {

    static final String BASE_NAME = "appflow-contracts";

    private ReportFiles() {
    }

    /** The formats a {@code reportFormats} setting names: a comma-separated list, or {@code none}. */
    public static List<OutputFormat> parseFormats(List<String> names) {
        List<OutputFormat> formats = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            for (String part : name.split(",")) {
                String wanted = part.strip().toUpperCase(Locale.ROOT);
                if (wanted.isEmpty() || wanted.equals("NONE")) {
                    continue;
                }
                if (!wanted.equals("SARIF") && !wanted.equals("JSON")) {
                    throw new IllegalArgumentException("reportFormats '" + part.strip() + "' is not a report format:"
                            + " use sarif, json or none");
                }
                OutputFormat format = OutputFormat.valueOf(wanted);
                if (!formats.contains(format)) {
                    formats.add(format);
                }
            }
        }
        return formats;
    }

    static List<Path> write(RunResult run, Path directory, List<OutputFormat> formats) throws IOException {
        List<Path> written = new ArrayList<>();
        if (formats.isEmpty()) {
            return written;
        }
        Files.createDirectories(directory);
        for (OutputFormat format : formats) {
            Path file = directory.resolve(BASE_NAME + "." + format.name().toLowerCase(Locale.ROOT));
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                BuildFileChecker.write(format, run, out);
            }
            written.add(file);
        }
        return written;
    }
}
