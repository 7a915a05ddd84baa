package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;

/**
 * A program outside the JDK that some integration tests drive (pre-commit, git). A machine without it skips those
 * tests with the reason in the build output, so the README's test command passes with only a JDK; CI sets
 * {@value #REQUIRE_PROPERTY}{@code =true}, which turns the skip into a failure so the tests cannot silently stop
 * running there.
 */
record ExternalTool(String program, String installHint) {

    static final String REQUIRE_PROPERTY = "appflow.requireExternalTools";

    static final ExternalTool GIT = new ExternalTool("git", "install git (apt-get install git)");
    static final ExternalTool PRE_COMMIT = new ExternalTool("pre-commit",
            "install pre-commit (apt-get install pre-commit, or pip install pre-commit)");

    /** Skips the calling test (or fails it when the build requires external tools) unless the program runs. */
    void assumeInstalled() {
        try {
            assumeInstalled(Boolean.getBoolean(REQUIRE_PROPERTY));
        } catch (TestAbortedException e) {
            // Surefire's summary shows only the count of skipped tests; the reason goes to the build output too.
            System.err.println("[SKIPPED] " + e.getMessage());
            throw e;
        }
    }

    void assumeInstalled(boolean required) {
        String problem = problem();
        if (problem == null) {
            return;
        }
        String reason = program + " " + problem + "; " + installHint + " to run this test";
        if (required) {
            throw new AssertionError(reason + " (" + REQUIRE_PROPERTY + "=true makes this a failure)");
        }
        Assumptions.abort(reason);
    }

    /** Null when {@code program --version} runs and exits 0, else what went wrong. */
    private String problem() {
        List<String> command = new ArrayList<>(List.of(program, "--version"));
        try {
            ProcessRun run = ProcessRun.run(Path.of("."), Map.of(), command);
            return run.exitCode() == 0 ? null : "--version exited with " + run.exitCode() + ": " + run.stderr().strip();
        } catch (IOException e) {
            return "is not installed (not found on PATH)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "--version was interrupted";
        }
    }
}
