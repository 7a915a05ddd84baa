package org.appflowcontracts.schemas.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every field of a syntax block exists, with a matching type, at the same path of an entry
 * schema, and that every enum value listed for a path is among that schema's {@code enum} values.
 */
final class CoverageChecker {

    private final SchemaDocuments documents;

    CoverageChecker(SchemaDocuments documents) {
        this.documents = documents;
    }

    CoverageReport check(String entry, SyntaxSeed syntax, Map<FieldPath, List<String>> enumFacts) {
        List<String> problems = new ArrayList<>();
        Optional<SchemaCursor> root = documents.entry(entry + ".schema.json");
        if (root.isEmpty()) {
            problems.add(entry + ".schema.json: entry schema not found");
            return new CoverageReport(entry, syntax.fields().size(), countValues(enumFacts), problems);
        }
        checkFields(root.get(), syntax, problems);
        checkEnumValues(root.get(), enumFacts, problems);
        checkSeedsAgree(syntax.enumValuesByPath(), enumFacts, problems);
        List<String> located = problems.stream().map(p -> entry + ": " + p).toList();
        return new CoverageReport(entry, syntax.fields().size(), countValues(enumFacts), located);
    }

    private static void checkFields(SchemaCursor root, SyntaxSeed syntax, List<String> problems) {
        Map<FieldPath, SchemaCursor> found = new HashMap<>();
        found.put(FieldPath.ROOT, root);
        for (SeedField field : syntax.fields()) {
            FieldPath path = field.path();
            SchemaCursor parent = found.get(path.parent());
            if (parent == null) {
                problems.add(path + " missing (its parent " + path.parent() + " is missing)");
                continue;
            }
            Optional<SchemaCursor> schema = parent.step(path.last());
            if (schema.isEmpty()) {
                problems.add(path + " missing: " + parent.describedLocation() + " has no " + describe(path.last()));
                continue;
            }
            found.put(path, schema.get());
            checkKind(field, schema.get(), problems);
        }
    }

    private static void checkKind(SeedField field, SchemaCursor schema, List<String> problems) {
        Set<String> types = schema.types();
        if (field.kind() == ValueKind.ENUM && types.isEmpty() && schema.keyword("enum").isPresent()) {
            return; // an enum without a declared type still only admits its strings
        }
        if (!field.kind().isExpressedBy(types)) {
            String declared = types.isEmpty()
                    ? schema.unresolvedRef().map(ref -> "an unresolvable $ref " + ref).orElse("no type")
                    : "type " + types;
            problems.add(field.path() + " is " + field.kind().describe() + " in the reference but "
                    + schema.describedLocation() + " declares " + declared);
        }
    }

    private static void checkEnumValues(SchemaCursor root, Map<FieldPath, List<String>> enumFacts,
            List<String> problems) {
        for (Map.Entry<FieldPath, List<String>> fact : enumFacts.entrySet()) {
            Optional<SchemaCursor> schema = root.walk(fact.getKey());
            if (schema.isEmpty()) {
                problems.add(fact.getKey() + " missing: cannot check its enum values " + fact.getValue());
                continue;
            }
            Set<String> allowed = new HashSet<>();
            schema.get().keyword("enum").ifPresent(values -> values.values().forEach(v -> allowed.add(v.asString())));
            for (String value : fact.getValue()) {
                if (!allowed.contains(value)) {
                    problems.add(fact.getKey() + " enum value '" + value + "' missing from "
                            + schema.get().describedLocation());
                }
            }
        }
    }

    /** The enum facts file and the syntax blocks come from the same text; a mismatch is a seed error. */
    private static void checkSeedsAgree(Map<FieldPath, List<String>> fromSyntax,
            Map<FieldPath, List<String>> enumFacts, List<String> problems) {
        if (!fromSyntax.equals(enumFacts)) {
            problems.add("seed files disagree: syntax block enums " + fromSyntax.keySet()
                    + " vs enums.json " + enumFacts.keySet());
        }
    }

    private static int countValues(Map<FieldPath, List<String>> enumFacts) {
        return enumFacts.values().stream().mapToInt(List::size).sum();
    }

    private static String describe(FieldPath.Step step) {
        if (step instanceof FieldPath.Member member) {
            return "property '" + member.name() + "'";
        }
        return step instanceof FieldPath.Items ? "items schema" : "additionalProperties schema (map values)";
    }
}
