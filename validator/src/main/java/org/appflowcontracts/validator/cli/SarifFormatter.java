package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, one run: the rule table (every catalogued rule plus the type-level ids that occurred), one result
 * per finding located relative to {@code %SRCROOT%} (the working directory); a document that could not be checked
 * is both an error result ({@code input.*}, {@code internal.*}) and a tool execution notification. Code-scanning services match results across commits by the pointer-based
 * fingerprint, which survives lines moving.
 */
public final class SarifFormatter implements ReportFormatter {

    static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String TOOL_NAME = "appflow-validate";
    static final String TOOL_URI = "https://appflowcontracts.org/";
    static final String FINGERPRINT_KEY = "appflowFinding/v1";

    @Override
    public boolean needsRuleCatalog() {
        return true;
    }

    @Override
    public void write(RunResult run, PrintWriter out) {
        SarifLocations locations = new SarifLocations(run.workingDirectory());
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        // Results are written one by one as they are built: a run can hold many thousands of them.
        try (JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("$schema", SCHEMA_URI);
            json.writeStringProperty("version", "2.1.0");
            json.writeName("runs");
            json.writeStartArray();
            json.writeStartObject();
            json.writeName("tool");
            json.writeTree(tool(run, ruleIndex));
            // Stated although it is SARIF's default: JSON and YAML columns alike count UTF-16 code units.
            json.writeStringProperty("columnKind", "utf16CodeUnits");
            json.writeName("originalUriBaseIds");
            json.writeTree(locations.baseIds());
            json.writeName("artifacts");
            json.writeTree(SarifArtifacts.of(run, locations));
            json.writeName("invocations");
            json.writeTree(invocations(run, locations));
            json.writeName("results");
            json.writeStartArray();
            for (RunResult.Finding f : run.reported()) {
                json.writeTree(result(f, ruleIndex, locations));
            }
            for (RunResult.Finding f : run.suppressed()) {
                json.writeTree(result(f, ruleIndex, locations));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
        out.flush();
    }

    private static ObjectNode tool(RunResult run, Map<String, Integer> ruleIndex) {
        ObjectNode driver = JsonOutput.objectNode();
        driver.put("name", TOOL_NAME);
        driver.put("version", run.toolVersion());
        driver.put("informationUri", TOOL_URI);
        ArrayNode rules = driver.putArray("rules");
        for (RuleDescription rule : run.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(catalogRule(rule));
        }
        // Type-level ids (schema.required, ...) are not in the catalog; describe the ones that occurred.
        TreeSet<String> extra = new TreeSet<>();
        List<RunResult.Finding> all = new ArrayList<>(run.reported());
        all.addAll(run.suppressed());
        for (RunResult.Finding f : all) {
            if (!ruleIndex.containsKey(f.violation().ruleId())) {
                extra.add(f.violation().ruleId());
            }
        }
        for (String id : extra) {
            ruleIndex.put(id, rules.size());
            rules.add(typeLevelRule(id));
        }
        ObjectNode tool = JsonOutput.objectNode();
        tool.set("driver", driver);
        return tool;
    }

    private static ObjectNode catalogRule(RuleDescription rule) {
        String summary = rule.summary().isEmpty() ? rule.id() : rule.summary();
        StringBuilder help = new StringBuilder(rule.message().isEmpty() ? summary : rule.message());
        if (!rule.explanation().isEmpty()) {
            help.append("\n\n").append(rule.explanation());
        }
        if (!rule.failingExample().isEmpty()) {
            help.append("\n\nFailing example:\n").append(rule.failingExample());
        }
        if (!rule.fixedExample().isEmpty()) {
            help.append("\n\nFixed example:\n").append(rule.fixedExample());
        }
        return ruleNode(rule.id(), summary, rule.explanation().isEmpty() ? summary : rule.explanation(),
                rule.severity(), help.toString());
    }

    private static ObjectNode typeLevelRule(String id) {
        String keyword = id.startsWith("schema.") ? id.substring("schema.".length()) : id;
        String text = "The request breaks the AppFlow API's '" + keyword + "' constraint for this member.";
        return ruleNode(id, text, text, Severity.ERROR, text);
    }

    private static ObjectNode ruleNode(String id, String shortText, String fullText, Severity severity, String help) {
        ObjectNode node = JsonOutput.objectNode();
        node.put("id", id);
        node.putObject("shortDescription").put("text", shortText);
        node.putObject("fullDescription").put("text", fullText);
        node.putObject("defaultConfiguration").put("level", level(severity));
        node.putObject("help").put("text", help);
        return node;
    }

    private static ArrayNode invocations(RunResult run, SarifLocations locations) {
        ObjectNode invocation = JsonOutput.objectNode();
        invocation.put("executionSuccessful", run.problems().isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (FileOutcome outcome : run.outcomes()) {
            if (outcome instanceof FileOutcome.Failed failed) {
                InputProblem p = failed.problem();
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", p.message());
                n.putObject("descriptor").put("id", p.ruleId());
                n.putArray("locations").add(locations.location(failed.source(), p.line(), p.column()));
            }
        }
        ArrayNode array = JsonOutput.arrayNode();
        array.add(invocation);
        return array;
    }

    private static ObjectNode result(RunResult.Finding finding, Map<String, Integer> ruleIndex,
                                     SarifLocations locations) {
        Violation v = finding.violation();
        ObjectNode node = JsonOutput.objectNode();
        node.put("ruleId", v.ruleId());
        node.put("ruleIndex", ruleIndex.get(v.ruleId()));
        node.put("level", level(v.severity()));
        node.putObject("message").put("text", v.message());
        ObjectNode location = locations.location(finding.source(), v.line(), v.column());
        if (v.resource() != null) {
            // SARIF names the template resource a result is in as a logical location beside the physical one.
            location.putArray("logicalLocations").addObject().put("name", v.resource()).put("kind", "resource");
        }
        node.putArray("locations").add(location);
        node.putObject("partialFingerprints")
                .put(FINGERPRINT_KEY, fingerprint(locations.uri(finding.source()), v.ruleId(), v.pointer()));
        ObjectNode properties = node.putObject("properties").put("pointer", v.pointer());
        if (finding.operation() != null) {
            properties.put("operation", finding.operation().operation());
        }
        if (finding.suppression() != null) {
            node.set("suppressions", SarifArtifacts.suppressions(finding.suppression()));
        }
        return node;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String fingerprint(String uri, String ruleId, String pointer) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((uri + '\0' + ruleId + '\0' + pointer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
