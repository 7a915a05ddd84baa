package org.appflowcontracts.validator.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.parse.SourceFiles;
import org.appflowcontracts.validator.reference.ReferenceEngine;
import tools.jackson.databind.JsonNode;

/**
 * Reads a configuration file: YAML (or JSON), checked against the published schema
 * ({@value #SCHEMA_IRI}, in the schemas module) and then for operation names; every problem is reported with its
 * line and column.
 */
final class ConfigurationLoader {

    static final String SCHEMA_IRI = SchemaResources.ID_PREFIX + "config/appflow-contracts.config.schema.json";

    private ConfigurationLoader() {
    }

    static ProjectConfiguration load(Path file, Predicate<String> knownRule) throws ConfigurationException {
        String name = file.toString();
        LocatedDocument document = parse(file, name);
        if (document == null) {
            return new ProjectConfiguration(file, List.of(), Map.of());
        }
        List<ConfigurationException.Problem> problems = new ArrayList<>(schemaProblems(document));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(name, problems);
        }
        List<FileEntry> entries = new ArrayList<>();
        JsonNode files = document.root().path("files");
        for (int i = 0; i < files.size(); i++) {
            entries.add(entry(document, "/files/" + i, problems));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(name, problems);
        }
        Map<String, String> rules = new LinkedHashMap<>();
        document.root().path("rules").properties().forEach(e -> rules.put(e.getKey(), e.getValue().asString()));
        problems.addAll(unknownRules(document, knownRule));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(name, problems);
        }
        return new ProjectConfiguration(file, entries, rules);
    }

    /** The parsed file, or null for an empty one (no settings). */
    private static LocatedDocument parse(Path file, String name) throws ConfigurationException {
        try {
            byte[] content = SourceFiles.readBounded(file);
            if (new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                return null;
            }
            return LocatedParser.parse(content, name);
        } catch (IOException e) {
            throw new ConfigurationException(name, 0, 0, "cannot read the configuration: " + SourceFiles.describe(e));
        } catch (InputException e) {
            throw new ConfigurationException(name, e.line(), e.column(),
                    e.getMessage() == null ? "not YAML" : e.getMessage().lines().findFirst().orElse("not YAML"));
        }
    }

    private static List<ConfigurationException.Problem> schemaProblems(LocatedDocument document) {
        List<RawFailure> failures = ReferenceEngine.forSchema(SchemaResources.shipped(), SCHEMA_IRI)
                .evaluate(document.root());
        List<ConfigurationException.Problem> problems = new ArrayList<>();
        for (RawFailure f : failures) {
            Position at = document.positionOf(f.pointer());
            problems.add(new ConfigurationException.Problem(at.line(), at.column(), SchemaMessages.of(f)));
        }
        problems.sort(Comparator.comparingInt(ConfigurationException.Problem::line)
                .thenComparingInt(ConfigurationException.Problem::column)
                .thenComparing(ConfigurationException.Problem::message));
        return problems.stream().distinct().toList();
    }

    private static List<ConfigurationException.Problem> unknownRules(LocatedDocument document,
            Predicate<String> knownRule) {
        List<ConfigurationException.Problem> problems = new ArrayList<>();
        for (String id : document.root().path("rules").propertyNames()) {
            unknownRule(document, "/rules/" + JsonPointers.escape(id), id, knownRule).ifPresent(problems::add);
        }
        JsonNode files = document.root().path("files");
        for (int i = 0; i < files.size(); i++) {
            JsonNode ignore = files.get(i).path("ignore");
            for (int j = 0; j < ignore.size(); j++) {
                unknownRule(document, "/files/" + i + "/ignore/" + j, ignore.get(j).asString(), knownRule)
                        .ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static Optional<ConfigurationException.Problem> unknownRule(LocatedDocument document, String pointer,
            String id, Predicate<String> knownRule) {
        if (knownRule.test(id)) {
            return Optional.empty();
        }
        Position at = document.positionOf(pointer);
        return Optional.of(new ConfigurationException.Problem(at.line(), at.column(),
                "unknown rule '" + id + "'; see appflow-validate --list-rules"));
    }

    private static FileEntry entry(LocatedDocument document, String pointer,
            List<ConfigurationException.Problem> problems) {
        JsonNode node = document.root().at(pointer);
        List<Glob> globs = new ArrayList<>();
        JsonNode match = node.get("match");
        (match.isArray() ? match.values() : List.of(match)).forEach(g -> globs.add(Glob.of(g.asString())));
        Optional<String> operation = Optional.empty();
        if (node.has("operation")) {
            String typed = node.get("operation").asString();
            operation = ContractValidator.resolveOperation(typed);
            if (operation.isEmpty()) {
                Position at = document.positionOf(pointer + "/operation");
                problems.add(new ConfigurationException.Problem(at.line(), at.column(), "unknown operation '" + typed
                        + "'; expected one of " + String.join(", ", ContractValidator.operations())
                        + " (or <Operation>Response for a response body)"));
            }
        }
        List<String> ignore = new ArrayList<>();
        node.path("ignore").forEach(id -> ignore.add(id.asString()));
        return new FileEntry(globs, operation, ignore, node.path("reason").asString(""),
                document.positionOf(pointer));
    }
}
