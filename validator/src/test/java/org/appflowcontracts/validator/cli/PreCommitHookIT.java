package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook as users get it: {@code pre-commit try-repo} clones this repository and runs the {@code appflow-validate}
 * hook from {@code .pre-commit-hooks.yaml} on a scratch git repository. The launcher is pointed at the jar this
 * build produced, so the clone does not build it again. Skipped, with the reason, on a machine without git or
 * pre-commit (see {@link ExternalTool}).
 */
class PreCommitHookIT {

    private static final Path FLOWS = Path.of("src/test/resources/cli/flows");

    @TempDir
    Path work;

    // Per test, not per class: a skip in @BeforeAll would be counted as no test at all.
    @BeforeEach
    void preCommitAndGitAreInstalled() {
        ExternalTool.GIT.assumeInstalled();
        ExternalTool.PRE_COMMIT.assumeInstalled();
    }

    @Test
    void hookFailsOnABadFlowNamingTheRuleAndPassesOnceItIsFixed() throws Exception {
        Path repo = Files.createDirectories(work.resolve("repo"));
        git(repo, "init", "-q");
        Files.createDirectories(repo.resolve("flows"));
        Files.copy(FLOWS.resolve("account-export.flow.json"), repo.resolve("flows/accounts.json"));
        Files.copy(FLOWS.resolve("missing-trigger.flow.json"), repo.resolve("flows/orders.json"));
        // Not a flow by the hook's file pattern: must not be checked.
        Files.writeString(repo.resolve("package.json"), "{\"name\": \"x\"}\n");
        git(repo, "add", "-A");

        ProcessRun failing = tryRepo(repo);
        assertThat(failing.exitCode()).as("%s", failing).isNotZero();
        assertThat(failing.stdout())
                .contains("flows/orders.json:")
                .contains("schema.required")
                .doesNotContain("flows/accounts.json:")
                .doesNotContain("package.json");

        Files.copy(FLOWS.resolve("orders-copy.flow.yaml"), repo.resolve("flows/orders.yaml"));
        Files.delete(repo.resolve("flows/orders.json"));
        git(repo, "add", "-A");

        ProcessRun passing = tryRepo(repo);
        assertThat(passing.exitCode()).as("%s", passing).isZero();
        assertThat(passing.stdout()).contains("Passed");
    }

    private ProcessRun tryRepo(Path repo) throws Exception {
        Path hookRepo = ProcessRun.buildPath("appflow.repo.root");
        Map<String, String> env = Map.of(
                "APPFLOW_VALIDATE_JAR", ProcessRun.buildPath("appflow.validate.jar").toString(),
                "PRE_COMMIT_HOME", work.resolve("pre-commit-cache").toString());
        return ProcessRun.run(repo, env,
                List.of("pre-commit", "try-repo", hookRepo.toString(), "appflow-validate", "--all-files", "--color",
                        "never"));
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c",
                "user.email=t@example.org", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessRun run = ProcessRun.run(repo, Map.of(), command);
        assertThat(run.exitCode()).as("git %s: %s", String.join(" ", args), run).isZero();
    }
}
