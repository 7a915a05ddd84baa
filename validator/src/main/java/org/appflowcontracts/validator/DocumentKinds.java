package org.appflowcontracts.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.appflowcontracts.validator.contracts.JsonTrees;
import tools.jackson.databind.JsonNode;

/**
 * The table {@link OperationDetector} reads ({@code schemas/detection/document-kinds.json}): which top-level members
 * tell a document kind, kept with the schemas as data. Read once, on the first detection.
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

    private static List<Row> read() {
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

    private static Set<String> names(JsonNode kind, String key) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode name : kind.path(key)) {
            names.add(name.asString());
        }
        return Set.copyOf(names);
    }
}
