package org.appflowcontracts.validator.format.cloudformation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.FileLocator;
import org.appflowcontracts.validator.format.mapping.LeftOutMember;
import org.appflowcontracts.validator.format.mapping.MappedFileLocator;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.text.ClosestName;

/**
 * The way back from a flow's request to its template, which also knows the members CloudFormation passes on but
 * the flow's handler drops: where the resource type's schema allows any member (a connector operator's keys, the
 * connector properties), a misspelt connector name is accepted by CloudFormation and lost, and AppFlow sees only
 * what its absence causes (an empty connector operator). A finding on such an object is told at the misspelling.
 *
 * @param located  the template locations of the request's values
 * @param reported the template pointers that the resource schema's findings are at: a member reported there is
 *                 told by its own finding
 */
record TemplateLocator(MappedFileLocator located, Set<String> reported) implements FileLocator {

    /** As for member names of the contract: one edit per four characters, at least two. */
    private static final int NAME_TOLERANCE = 4;

    static TemplateLocator of(MappedFileLocator located, List<Violation> resourceFindings) {
        Set<String> reported = new HashSet<>();
        for (Violation v : resourceFindings) {
            reported.add(v.pointer());
        }
        return new TemplateLocator(located, reported);
    }

    @Override
    public String filePointer(String requestPointer) {
        return located.filePointer(requestPointer);
    }

    @Override
    public Position position(String requestPointer) {
        return located.position(requestPointer);
    }

    @Override
    public String keyFilePointer(String requestPointer) {
        return located.keyFilePointer(requestPointer);
    }

    @Override
    public Position keyPosition(String requestPointer) {
        return located.keyPosition(requestPointer);
    }

    @Override
    public String inFileTerms(String message) {
        return located.inFileTerms(message);
    }

    @Override
    public Optional<Misspelt> misspelt(String requestPointer) {
        for (LeftOutMember member : located.mapped().leftOut(requestPointer)) {
            String filePointer = located.bodyPointer() + member.bodyPointer();
            if (reported.contains(filePointer)) {
                continue;
            }
            Optional<String> meant = ClosestName.among(member.members(), member.name(), NAME_TOLERANCE);
            if (meant.isPresent()) {
                return Optional.of(new Misspelt(filePointer, located.document().positionOf(filePointer),
                        member.name(), meant.get(), member.shapeName()));
            }
        }
        return Optional.empty();
    }
}
