package org.appflowcontracts.validator.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.contracts.JsonTrees;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.tables.StartupTables;
import org.appflowcontracts.validator.vocabulary.TimestampText;
import tools.jackson.databind.JsonNode;

/**
 * The rules whose verdict depends on the current time ({@code schemas/clock/clock-rules.json}): a timestamp that
 * must not lie before the clock of the check. No schema keyword can say "now", so these run after the contract,
 * with a clock the caller chooses (tests fix it, so their findings are deterministic).
 */
public final class ClockRules {

    static final String RESOURCE = "schemas/clock/clock-rules.json";
    private static final String LOCATION = "clock/clock-rules.json#/rules/";

    /** One rule: its metadata as the overlays carry it, the operations it applies to and the member it reads. */
    public record ClockRule(RuleInfo info, Set<String> operations, String pointer) {}

    private static volatile ClockRules shipped;
    private static volatile ClockRules forChecks;

    private final List<ClockRule> rules;

    private ClockRules(List<ClockRule> rules) {
        this.rules = rules;
    }

    /** The rules as the schemas write them, explanations and examples included (for listings). */
    public static ClockRules shipped() {
        ClockRules result = shipped;
        if (result == null) {
            synchronized (ClockRules.class) {
                if (shipped == null) {
                    shipped = new ClockRules(fromResource());
                }
                result = shipped;
            }
        }
        return result;
    }

    /**
     * The rules a check runs: the build's table ({@link StartupTables#clockRules()}: what a finding carries, no
     * explanation or examples) so that a run reads no resource, else {@link #shipped()}.
     */
    public static ClockRules forChecks() {
        ClockRules result = forChecks;
        if (result == null) {
            Optional<StartupTables> tables = StartupTables.shipped();
            result = tables.isPresent() ? new ClockRules(fromRecords(tables.get().clockRules())) : shipped();
            forChecks = result;
        }
        return result;
    }

    /**
     * The clock a check uses unless the caller gives one: the system clock, or the instant the system property
     * {@value #NOW_PROPERTY} names ({@code 2026-12-05T00:00:00Z}), which makes whole runs reproducible (the
     * project's own tests set it).
     */
    public static Clock defaultClock() {
        String now = System.getProperty(NOW_PROPERTY);
        if (now == null || now.isBlank()) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.parse(now.strip()), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("system property " + NOW_PROPERTY + " is not an instant such as "
                    + "2026-12-05T00:00:00Z: " + now, e);
        }
    }

    public static final String NOW_PROPERTY = "appflow.now";

    public List<ClockRule> rules() {
        return rules;
    }

    /** The findings of the rules of {@code operation} on a request, judged at {@code clock}'s current instant. */
    public List<Violation> check(String operation, LocatedDocument document, Clock clock) {
        List<Violation> found = new ArrayList<>();
        for (ClockRule rule : rules) {
            if (!rule.operations().contains(operation)) {
                continue;
            }
            Optional<BigDecimal> at = epochSeconds(document.root().at(rule.pointer()));
            BigDecimal now = BigDecimal.valueOf(clock.millis()).movePointLeft(3);
            if (at.isPresent() && at.get().compareTo(now) < 0) {
                Position position = document.positionOf(rule.pointer());
                found.add(new Violation(rule.info().id(), rule.info().severity(), rule.pointer(),
                        rule.info().schemaPointer(), rule.info().message(), position.line(), position.column()));
            }
        }
        return found;
    }

    /** A number (epoch seconds) or a timestamp string; anything else (absent, unknown, malformed) is no time. */
    private static Optional<BigDecimal> epochSeconds(JsonNode value) {
        if (value.isNumber() && !value.isPojo()) {
            return Optional.of(value.decimalValue());
        }
        return value.isString() ? TimestampText.epochSeconds(value.asString()) : Optional.empty();
    }

    /**
     * The rules as {@link StartupTables} records:
     * {@code rule ID SEVERITY REPORTED_AS SUMMARY MESSAGE DOCUMENT SCHEMA_POINTER POINTER OPERATION...}
     * (an empty {@code REPORTED_AS}: none).
     */
    public static List<String[]> records(List<ClockRule> rules) {
        List<String[]> records = new ArrayList<>();
        for (ClockRule rule : rules) {
            RuleInfo info = rule.info();
            List<String> record = new ArrayList<>(List.of("rule", info.id(), info.severity().wireName(),
                    info.reportedAs() == null ? "" : info.reportedAs(), info.summary(), info.message(),
                    info.schemaDocument(), info.schemaPointer(), rule.pointer()));
            record.addAll(new TreeSet<>(rule.operations()));
            records.add(record.toArray(new String[0]));
        }
        return records;
    }

    static List<ClockRule> fromRecords(String[][] records) {
        List<ClockRule> rules = new ArrayList<>();
        for (String[] f : records) {
            RuleInfo info = new RuleInfo(f[1], Severity.fromWireName(f[2]), f[4], f[5], null, null, null,
                    f[3].isEmpty() ? null : f[3], f[6], f[7]);
            rules.add(new ClockRule(info, Set.of(Arrays.copyOfRange(f, 9, f.length)), f[8]));
        }
        return List.copyOf(rules);
    }

    /** The rules as the schemas module writes them. */
    public static List<ClockRule> fromResource() {
        JsonNode root;
        try (InputStream in = ClockRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            root = JsonTrees.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ClockRule> rules = new ArrayList<>();
        JsonNode list = root.path("rules");
        for (int i = 0; i < list.size(); i++) {
            JsonNode rule = list.get(i);
            RuleInfo info = RuleInfo.fromAnnotation(rule, LOCATION + i, LOCATION + i);
            // A loop, not a stream: read on a library's first validation, where the first lambda costs milliseconds.
            List<String> operations = new ArrayList<>();
            for (JsonNode operation : rule.path("operations")) {
                operations.add(operation.asString());
            }
            rules.add(new ClockRule(info, Set.copyOf(operations), rule.path("pointer").asString()));
        }
        return List.copyOf(rules);
    }
}
