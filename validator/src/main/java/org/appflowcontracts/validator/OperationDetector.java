package org.appflowcontracts.validator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.appflowcontracts.validator.DocumentKinds.Row;
import tools.jackson.databind.JsonNode;

/**
 * Guesses which document kind a file holds from its top-level members, for callers that were not told the
 * operation. The table is read top to bottom and the first matching row wins, so more specific rows come first:
 * responses (members only AWS returns), then UpdateFlow (only when the file name starts with "update" and
 * nothing CreateFlow-only is present), then CreateFlow (the common case; also chosen when nothing distinguishes the
 * two). An {@code update*} body with {@code kmsArn} or {@code tags} is therefore a CreateFlow; the choice says so,
 * each such member gets a warning ({@link UpdateNameNotice}), and a project configuration that maps the path to
 * UpdateFlow has such members reported as errors.
 */
public final class OperationDetector {

    /** Said of an update* body checked as a CreateFlow, so the surprise is visible. */
    public static final String UPDATE_NAME_OVERRULED = overruledNote();

    private OperationDetector() {
    }

    /** The guessed document kind (an operation name, or {@code <Operation>Response}), or empty. */
    public static Optional<String> detect(JsonNode document) {
        return detect(document, null);
    }

    /**
     * As {@link #detect(JsonNode)}, using the file name only to tell UpdateFlow from CreateFlow: the two bodies
     * differ only by CreateFlow-only members, so a flow body in a file named {@code update*} is an UpdateFlow.
     */
    public static Optional<String> detect(JsonNode document, String sourceName) {
        return explain(document, sourceName).map(OperationChoice::operation);
    }

    /** As {@link #detect(JsonNode, String)}, with what decided it: the file name or the members seen. */
    public static Optional<OperationChoice> explain(JsonNode document, String sourceName) {
        if (document == null || !document.isObject()) {
            return Optional.empty();
        }
        String fileName = sourceName == null ? null : fileName(sourceName).toLowerCase(Locale.ROOT);
        Row overruled = null;
        for (Row row : DocumentKinds.shipped()) {
            if (row.matches(document, fileName)) {
                return Optional.of(row.decidedByName()
                        ? new OperationChoice(row.kind(), OperationChoice.Basis.FILE_NAME,
                                "starts with \"" + row.fileNamePrefix() + "\"")
                        : new OperationChoice(row.kind(), OperationChoice.Basis.CONTENT, evidence(row, document)
                                + (overruled != null ? UPDATE_NAME_OVERRULED : "")));
            }
            if (overruled == null && row.decidedByName() && row.matchesBeside(document, fileName)) {
                overruled = row;
            }
        }
        return Optional.empty();
    }

    /**
     * The CreateFlow-only members (sorted) of a flow body whose file name says UpdateFlow: what made the content
     * overrule the name. Empty for any other document or name.
     */
    public static List<String> membersOverrulingName(JsonNode document, String sourceName) {
        Optional<OperationChoice> choice = explain(document, sourceName);
        if (choice.isEmpty() || !choice.get().detail().endsWith(UPDATE_NAME_OVERRULED)) {
            return List.of();
        }
        List<String> members = new ArrayList<>();
        for (String member : nameRow().none()) {
            if (document.has(member)) {
                members.add(member);
            }
        }
        Collections.sort(members);
        return members;
    }

    /** The row a file name decides, whose absent members overrule the name. */
    private static Row nameRow() {
        // Loops, not streams, here and below: the note is built when detection is first used, on every run.
        for (Row row : DocumentKinds.shipped()) {
            if (row.decidedByName()) {
                return row;
            }
        }
        throw new IllegalStateException("no document kind is decided by the file name");
    }

    private static String overruledNote() {
        Row row = nameRow();
        // The kind such a body is checked as: the row that takes the same members without asking the name.
        String chosen = null;
        for (Row other : DocumentKinds.shipped()) {
            if (chosen == null && row.fallsBackTo(other)) {
                chosen = other.kind();
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no document kind takes what " + row.kind() + " refuses");
        }
        List<String> refused = new ArrayList<>(row.none());
        Collections.sort(refused);
        return "; " + String.join(" or ", refused) + ", which only " + chosen
                + " takes, overrule the file name starting with \"" + row.fileNamePrefix() + "\"";
    }

    /** The members that made the row match, in a stable order. */
    private static String evidence(Row row, JsonNode document) {
        TreeSet<String> seen = new TreeSet<>(row.all());
        for (String member : row.any()) {
            if (document.has(member)) {
                seen.add(member);
            }
        }
        return String.join(", ", seen);
    }

    private static String fileName(String sourceName) {
        int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
        return sourceName.substring(slash + 1);
    }
}
