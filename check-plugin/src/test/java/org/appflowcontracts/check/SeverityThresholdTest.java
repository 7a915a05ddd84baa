package org.appflowcontracts.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appflowcontracts.validator.Severity;
import org.junit.jupiter.api.Test;

class SeverityThresholdTest {

    @Test
    void errorsFailByDefault() {
        SeverityThreshold threshold = SeverityThreshold.of("error", false);
        assertThat(threshold.fails(Severity.ERROR)).isTrue();
        assertThat(threshold.fails(Severity.WARNING)).isFalse();
        assertThat(threshold.describe()).isEqualTo("errors");
    }

    @Test
    void failOnWarningLowersTheThresholdToWarnings() {
        SeverityThreshold threshold = SeverityThreshold.of("error", true);
        assertThat(threshold.fails(Severity.WARNING)).isTrue();
        assertThat(threshold.fails(Severity.INFO)).isFalse();
        assertThat(threshold.describe()).isEqualTo("warnings or worse");
    }

    @Test
    void aNamedLowerThresholdWinsOverFailOnWarning() {
        assertThat(SeverityThreshold.of(" INFO ", true).fails(Severity.INFO)).isTrue();
    }

    @Test
    void anUnknownSeverityIsAClearConfigurationError() {
        assertThatThrownBy(() -> SeverityThreshold.of("fatal", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failOnSeverity 'fatal' is not a severity: use error, warning or info");
    }
}
