package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged jar under {@code LANG=C}, started by the launcher (which switches to a UTF-8 locale) and by a plain
 * {@code java -jar} (which recovers the names itself): both read and report {@code flöw-ü.json} by its real name.
 */
class AsciiLocaleLauncherIT {

    private static final Path FLOW = Path.of("src/test/resources/cli/flows/missing-trigger.flow.json");

    @TempDir
    Path temp;

    @Test
    void theLauncherReadsNonAsciiNames() throws Exception {
        Path jar = ProcessRun.buildPath("appflow.validate.jar");
        String launcher = ProcessRun.buildPath("appflow.repo.root").resolve("appflow-validate").toString();
        ProcessRun run = AsciiLocaleRun.run(temp, FLOW, Map.of("APPFLOW_VALIDATE_JAR", jar.toString(),
                "APPFLOW_VALIDATE_CDS", "0"), List.of(launcher, "--format", "json"));
        assertReadByRealName(run);
    }

    @Test
    void aPlainJavaJarReadsNonAsciiNames() throws Exception {
        Path jar = ProcessRun.buildPath("appflow.validate.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessRun run = AsciiLocaleRun.run(temp, FLOW, Map.of(),
                List.of(java, "-jar", jar.toString(), "--format", "json"));
        assertReadByRealName(run);
    }

    private void assertReadByRealName(ProcessRun run) throws Exception {
        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        JsonNode findings = JsonReports.findings(run.stdout());
        assertThat(findings.valueStream().map(f -> f.get("ruleId").asString())).as("%s", run)
                .doesNotContain(InputProblem.UNREADABLE);
        assertThat(findings.valueStream().map(f -> f.get("file").asString()).distinct()).containsExactly(
                temp.resolve(AsciiLocaleRun.NAME).toString(),
                temp.resolve("walked").resolve(AsciiLocaleRun.NAME).toString());
    }
}
