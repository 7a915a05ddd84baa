package org.appflowcontracts.validator.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.engine.FailureReducer;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;

/** Findings on a declared request, told in the terms of the file that declares it. */
public final class FindingsInFile {

    private FindingsInFile() {
    }

    /**
     * The findings on {@code flow}'s request, each at the file's pointer, line and column, worded with the file's
     * member names and labelled with the resource; in report order.
     */
    public static List<Violation> of(DeclaredFlow flow, List<Violation> onRequest) {
        List<Violation> mapped = new ArrayList<>(onRequest.size());
        FileLocator locator = flow.locator();
        for (Violation v : onRequest) {
            boolean aboutName = aboutMemberName(v);
            Position at = aboutName ? locator.keyPosition(v.pointer()) : locator.position(v.pointer());
            String pointer = aboutName ? locator.keyFilePointer(v.pointer()) : locator.filePointer(v.pointer());
            String message = locator.inFileTerms(v.message());
            // A finding on an object that a misspelt, dropped member explains is told at that member.
            Optional<FileLocator.Misspelt> misspelt = aboutName ? Optional.empty() : locator.misspelt(v.pointer());
            if (misspelt.isPresent()) {
                pointer = misspelt.get().filePointer();
                at = misspelt.get().position();
                message = misspelt.get().told(message);
            }
            mapped.add(new Violation(v.ruleId(), v.severity(), pointer, v.schemaLocation(), message, at.line(),
                    at.column(), flow.resource()));
        }
        mapped.sort(FailureReducer.ORDER);
        return mapped;
    }

    /**
     * Whether a finding judges a map member's name rather than its value: a {@code propertyNames} check, whether
     * type-level or a rule's (a tag key's format), reported at the member it names.
     */
    public static boolean aboutMemberName(Violation v) {
        return v.schemaLocation().endsWith("/propertyNames");
    }

    /** The request of {@code flow} as a document for the validators: positions come from the locator instead. */
    public static LocatedDocument unlocated(DeclaredFlow flow) {
        return LocatedDocument.withoutPositions(flow.request());
    }
}
