package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Reads the command's {@code --format json} output in tests. */
final class JsonReports {

    private JsonReports() {
    }

    /** The findings array of a version 2 report, after checking the report's shape. */
    static JsonNode findings(String stdout) {
        JsonNode report = Json.MAPPER.readTree(stdout);
        assertThat(report.path("version").asInt()).as("version of %s", stdout).isEqualTo(JsonFormatter.VERSION);
        assertThat(report.path("files").isArray()).as("files of %s", stdout).isTrue();
        return report.get("findings");
    }
}
