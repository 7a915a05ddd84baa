package org.appflowcontracts.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.appflowcontracts.validator.contracts.JsonTrees;
import org.appflowcontracts.validator.tables.StartupTables;
import tools.jackson.databind.JsonNode;

/**
 * The table {@link OperationDetector} reads ({@code schemas/detection/document-kinds.json}): which top-level members
 * tell a document kind, kept with the schemas as data; a run reads the build's copy ({@link StartupTables#documentKinds()}).
 */
final class DocumentKinds {

    static final String RESOURCE = "schemas/detection/document-kinds.json";

    /**
     * One row: the document kind, members that must all be present, members of which at least one must be present
     * (empty = no condition), members that must be absent, and a prefix the file name must start with (or null).
     */
    record Row(String kind, Set<String> all, Set<String> any, Set<String> none, String fileNamePrefix) {

        // Loops, not streams: every document of a run is detected here, and a batch's JIT should not have to
        // compile stream pipelines for a few set look-ups.
        boolean matches(JsonNode document, String fileName) {
            return matchesBeside(document, fileName) && !hasAny(document, none);
        }

        /** Whether the row matches but for its absent members: a name overruled by what the body carries. */
        boolean matchesBeside(JsonNode document, String fileName) {
            for (String member : all) {
                if (!document.has(member)) {
                    return false;
                }
            }
            return (any.isEmpty() || hasAny(document, any))
                    && (fileNamePrefix == null || fileName != null && fileName.startsWith(fileNamePrefix));
        }

        private static boolean hasAny(JsonNode document, Set<String> members) {
            for (String member : members) {
                if (document.has(member)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a document this row takes is also one {@code other} takes: same members, no file name asked. */
        boolean fallsBackTo(Row other) {
            return other.fileNamePrefix == null && other.all.equals(all) && other.any.equals(any);
        }

        /** Whether the row needs a file name: its absent members then overrule the name. */
        boolean decidedByName() {
            return fileNamePrefix != null;
        }
    }

    private static final List<Row> SHIPPED = read();

    private DocumentKinds() {
    }

    static List<Row> shipped() {
        return SHIPPED;
    }

    // The build's table when there is one: no resource looked up or parsed on a run's first detection.
    private static List<Row> read() {
        Optional<StartupTables> tables = StartupTables.shipped();
        return tables.isPresent() ? fromRecords(tables.get().documentKinds()) : fromResource();
    }

    /** The table as the schemas module writes it. */
    static List<Row> fromResource() {
        try (InputStream in = DocumentKinds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            List<Row> rows = new ArrayList<>();
            for (JsonNode kind : JsonTrees.read(in).path("kinds")) {
                String prefix = kind.path("fileNameStartsWith").asString(null);
                rows.add(new Row(kind.path("kind").asString(), names(kind, "allOf"), names(kind, "anyOf"),
                        names(kind, "noneOf"), prefix == null ? null : prefix.toLowerCase(Locale.ROOT)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows as {@link StartupTables} records: {@code kind KIND [PREFIX]} followed by its {@code allOf},
     * {@code anyOf} and {@code noneOf} records, each listing member names.
     */
    static List<String[]> records(List<Row> rows) {
        List<String[]> records = new ArrayList<>();
        for (Row row : rows) {
            records.add(row.fileNamePrefix() == null ? new String[] {"kind", row.kind()}
                    : new String[] {"kind", row.kind(), row.fileNamePrefix()});
            records.add(namesRecord("allOf", row.all()));
            records.add(namesRecord("anyOf", row.any()));
            records.add(namesRecord("noneOf", row.none()));
        }
        return records;
    }

    static List<Row> fromRecords(String[][] records) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i + 3 < records.length; i += 4) {
            String[] kind = records[i];
            rows.add(new Row(kind[1], namesOf(records[i + 1], "allOf"), namesOf(records[i + 2], "anyOf"),
                    namesOf(records[i + 3], "noneOf"), kind.length > 2 ? kind[2] : null));
        }
        return List.copyOf(rows);
    }

    private static String[] namesRecord(String key, Set<String> names) {
        List<String> record = new ArrayList<>();
        record.add(key);
        record.addAll(new TreeSet<>(names));
        return record.toArray(new String[0]);
    }

    private static Set<String> namesOf(String[] record, String key) {
        if (!record[0].equals(key)) {
            throw new IllegalStateException("document kinds: " + key + " expected, found " + record[0]);
        }
        return Set.of(Arrays.copyOfRange(record, 1, record.length));
    }

    private static Set<String> names(JsonNode kind, String key) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode name : kind.path(key)) {
            names.add(name.asString());
        }
        return Set.copyOf(names);
    }
}
