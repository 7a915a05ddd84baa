package org.appflowcontracts.validator;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.rules.RuleCatalog;

/**
 * The warnings for a body whose file name says UpdateFlow ({@code update*}) but which holds members only CreateFlow
 * takes, and so is checked as a CreateFlow. Either the name or the members are wrong, and only the author knows
 * which: a real CreateFlow body named {@code updates-to-s3.json} must not fail, and an UpdateFlow body with a
 * {@code tags} member would be refused by AWS. So each such member gets a warning that says both, and how to
 * settle it for good (a hook cannot pass {@code --operation} per file, a configuration mapping can).
 */
public final class UpdateNameNotice {

    /** The id of the warning, listed by {@code --list-rules}. */
    public static final String RULE_ID = "operation.update-name-create-member";
    /** The UpdateFlow rule whose words say why the member is refused. */
    static final String REFUSING_RULE = "UPDATE_NO_KMS_NO_TAGS";

    private UpdateNameNotice() {
    }

    /** One warning per CreateFlow-only member, at the member; none unless the file name overruled was. */
    public static List<Violation> of(LocatedDocument document, String sourceName) {
        // A loop, not a stream: every API body passes here, and a one-file run should not set up a stream.
        List<Violation> warnings = new ArrayList<>();
        for (String member : OperationDetector.membersOverrulingName(document.root(), sourceName)) {
            warnings.add(warning(document, member));
        }
        return warnings;
    }

    private static Violation warning(LocatedDocument document, String member) {
        String pointer = "/" + member;
        Position at = document.positionOf(pointer);
        String refusal = RuleCatalog.load().find(REFUSING_RULE).map(r -> " (" + REFUSING_RULE + ": " + r.message()
                + ")").orElse("");
        String message = "The file name says UpdateFlow, which refuses " + member + refusal
                + "; because of it the file is checked as CreateFlow. Settle it: map the file to UpdateFlow or"
                + " CreateFlow under files: in .appflow-contracts.yaml, or pass --operation.";
        return new Violation(RULE_ID, Severity.WARNING, pointer, "", message, at.line(), at.column());
    }
}
