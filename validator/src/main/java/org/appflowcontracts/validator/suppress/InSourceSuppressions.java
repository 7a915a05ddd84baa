package org.appflowcontracts.validator.suppress;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.text.AsciiCharacters;

/**
 * The suppressions a flow file carries itself: comments in YAML and Terraform ({@link CommentSuppressions}), the
 * top-level {@value ApiBodyDirectives#MEMBER} member of an API body, and the {@code Metadata} of a CloudFormation
 * resource ({@code Metadata: {appflow-contracts: {ignore: [RULE_ID], reason: ...}}}).
 */
public final class InSourceSuppressions {

    private static final byte[] MARKER = "appflow-contracts".getBytes(StandardCharsets.US_ASCII);

    private InSourceSuppressions() {
    }

    /**
     * {@code [A-Za-z][A-Za-z0-9_.-]*}, scanned by hand: this class is loaded by every run, and a pattern compiled
     * at its start would bring the JDK's lambda machinery into runs that never read a suppression.
     */
    static boolean isRuleId(String id) {
        if (id.isEmpty() || !AsciiCharacters.isLetter(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!AsciiCharacters.isWord(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The suppressions found, and located warnings about the ones that cannot be read. */
    public static final class Found {
        private final List<Suppression> suppressions = new ArrayList<>();
        private final List<Violation> problems = new ArrayList<>();

        public List<Suppression> suppressions() {
            return List.copyOf(suppressions);
        }

        public List<Violation> problems() {
            return List.copyOf(problems);
        }

        /** Adds the rule ids of a comment's text ({@code RULE_A, RULE_B -- reason}). */
        void addRules(String text, Suppression.Scope scope, int line, int column, String origin) {
            int dashes = text.indexOf("--");
            String reason = dashes < 0 ? "" : text.substring(dashes + 2).strip();
            String ids = (dashes < 0 ? text : text.substring(0, dashes)).strip();
            if (ids.isEmpty()) {
                problems.add(Suppressions.invalid("Name the rule(s) to ignore: appflow-contracts: ignore RULE_ID"
                        + " [-- reason].", line, column));
                return;
            }
            for (String id : ids.split("[,\\s]+")) {
                add(id, scope, reason, origin, line, column);
            }
        }

        void add(String id, Suppression.Scope scope, String reason, String origin, int line, int column) {
            if (isRuleId(id)) {
                suppressions.add(new Suppression(id, Suppression.Kind.IN_SOURCE, scope, reason, origin, line, column));
            } else {
                problems.add(Suppressions.invalid("'" + id + "' is not a rule id; see --list-rules.", line, column));
            }
        }

        void invalid(String message, int line, int column) {
            problems.add(Suppressions.invalid(message, line, column));
        }
    }

    /** Reads a file's own suppressions; a file that does not mention {@code appflow-contracts} has none. */
    public static Found read(byte[] content, String sourceName) {
        Found found = new Found();
        if (!mentionsMarker(content)) {
            return found;
        }
        String name = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
        boolean terraform = name.endsWith(".tf");
        if (terraform || LocatedParser.detectSyntax(content, sourceName) == LocatedParser.Syntax.YAML) {
            CommentSuppressions.read(content, terraform, found);
        }
        if (!terraform) {
            try {
                LocatedDocument document = FlowFileValidator.readForDetection(content, sourceName);
                TreeSuppressions.read(document, found);
            } catch (InputException unreadable) {
                // The file itself is reported as unreadable; it has no suppressions to apply.
            }
        }
        return found;
    }

    private static boolean mentionsMarker(byte[] content) {
        outer:
        for (int i = 0; i + MARKER.length <= content.length; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (content[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
