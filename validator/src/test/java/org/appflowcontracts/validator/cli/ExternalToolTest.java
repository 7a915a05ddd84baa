package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing external program skips a test with the reason, or fails it when the build requires the program. */
class ExternalToolTest {

    private static final ExternalTool MISSING =
            new ExternalTool("appflow-no-such-program", "install appflow-no-such-program");

    @Test
    void aMissingProgramSkipsWithTheProgramAndHowToInstallIt() {
        assertThatThrownBy(() -> MISSING.assumeInstalled(false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("appflow-no-such-program is not installed")
                .hasMessageContaining("install appflow-no-such-program to run this test");
    }

    @Test
    void aMissingProgramFailsWhenTheBuildRequiresExternalTools() {
        assertThatThrownBy(() -> MISSING.assumeInstalled(true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("appflow-no-such-program is not installed")
                .hasMessageContaining(ExternalTool.REQUIRE_PROPERTY + "=true");
    }

    @Test
    void anInstalledProgramNeitherSkipsNorFails() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ExternalTool present = new ExternalTool(java, "install a JDK");
        assertThatCode(() -> present.assumeInstalled(true)).doesNotThrowAnyException();
        assertThatCode(() -> present.assumeInstalled(false)).doesNotThrowAnyException();
    }

    @Test
    void aProgramThatFailsItsVersionCheckCountsAsMissing() {
        // 'false' runs and exits 1, like a broken installation.
        ExternalTool broken = new ExternalTool("false", "repair it");
        assertThatThrownBy(() -> broken.assumeInstalled(false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("false --version exited with 1");
    }
}
