package org.appflowcontracts.validator.fuzz;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads back what the command printed for one document in each output format and checks the promises every
 * report keeps: well-formed JSON, schema-valid SARIF, a text line per finding, positions in the document, no
 * internal finding.
 */
final class CliReports {

    /** One finding as any format reports it. */
    record Finding(String ruleId, String severity, long line, long column) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern TEXT_FINDING =
            Pattern.compile("<stdin>:(\\d+):(\\d+): (error|warning|info) (\\S+) .*");
    private static final Pattern TEXT_SUMMARY = Pattern.compile("1 file, \\d+ errors?, \\d+ warnings?.*");
    private static final Schema SARIF = loadSarifSchema();

    private CliReports() {
    }

    static List<Finding> fromText(String stdout, String stderr) {
        List<Finding> findings = new ArrayList<>();
        List<String> lines = new ArrayList<>(stdout.lines().toList());
        if (lines.isEmpty() || !TEXT_SUMMARY.matcher(lines.remove(lines.size() - 1)).matches()) {
            throw new AssertionError("text report without its summary line:\n" + stdout);
        }
        lines.addAll(stderr.lines().toList());
        for (String line : lines) {
            Matcher m = TEXT_FINDING.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("text line that is no finding: " + LocatedTrees.shorten(line));
            }
            findings.add(new Finding(m.group(4), m.group(3), Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        }
        return findings;
    }

    static List<Finding> fromJson(String stdout) {
        JsonNode array = MAPPER.readTree(stdout).path("findings");
        if (!array.isArray()) {
            throw new AssertionError("JSON report has no findings array: " + LocatedTrees.shorten(stdout));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : array) {
            requireFields(f, "file", "ruleId", "severity", "pointer", "line", "column", "message");
            findings.add(new Finding(f.get("ruleId").asString(), f.get("severity").asString(),
                    f.get("line").asLong(), f.get("column").asLong()));
        }
        return findings;
    }

    static List<Finding> fromSarif(String stdout) {
        JsonNode log = MAPPER.readTree(stdout);
        // The rule metadata is the same in every run (SarifOutputTest checks it); leaving it out of the schema
        // check makes a fuzzing run check results, not the same rules, many times a second.
        JsonNode checked = log.deepCopy();
        checked.withObject("/runs/0/tool/driver").putArray("rules");
        List<Error> errors = SARIF.validate(checked);
        if (!errors.isEmpty()) {
            throw new AssertionError("SARIF report breaks the SARIF 2.1.0 schema: " + errors);
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode result : log.get("runs").get(0).get("results")) {
            JsonNode region = result.at("/locations/0/physicalLocation/region");
            String severity = switch (result.get("level").asString()) {
                case "error" -> "error";
                case "warning" -> "warning";
                default -> "info";
            };
            findings.add(new Finding(result.get("ruleId").asString(), severity,
                    region.path("startLine").asLong(0), region.path("startColumn").asLong(0)));
        }
        return findings;
    }

    private static void requireFields(JsonNode finding, String... names) {
        for (String name : names) {
            if (!finding.has(name)) {
                throw new AssertionError("JSON finding without " + name + ": " + finding);
            }
        }
    }

    private static Schema loadSarifSchema() {
        try (InputStream in = CliReports.class.getResourceAsStream("/cli/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
