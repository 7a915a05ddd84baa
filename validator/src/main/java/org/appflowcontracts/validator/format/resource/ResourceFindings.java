package org.appflowcontracts.validator.format.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;

/**
 * Resource-schema findings, made at pointers inside a resource body, placed in the whole file: the body's
 * position in the file gives line and column, and the format writes the pointer in its own notation.
 */
public final class ResourceFindings {

    private ResourceFindings() {
    }

    /**
     * @param findings    findings at pointers relative to the body
     * @param file        the whole located file
     * @param bodyPointer where the body is in the file's tree
     * @param notation    the file's notation of a tree pointer ({@code /Resources/F/Properties/Tasks/0} as is;
     *                    Terraform's {@code aws_appflow_flow.f.task[0]})
     * @param resource    the resource the findings belong to
     */
    public static List<Violation> inFile(List<Violation> findings, LocatedDocument file, String bodyPointer,
            UnaryOperator<String> notation, String resource) {
        return placed(findings, file, bodyPointer, notation, resource);
    }

    /** As the method above, for a file whose notation of a pointer is the pointer itself (a template). */
    public static List<Violation> inFile(List<Violation> findings, LocatedDocument file, String bodyPointer,
            String resource) {
        return placed(findings, file, bodyPointer, null, resource);
    }

    // A null notation leaves pointers as they are (no identity function: no lambda on a first finding's path).
    private static List<Violation> placed(List<Violation> findings, LocatedDocument file, String bodyPointer,
            UnaryOperator<String> notation, String resource) {
        List<Violation> placed = new ArrayList<>(findings.size());
        for (Violation v : findings) {
            String pointer = bodyPointer + v.pointer();
            Position at = file.positionOf(pointer);
            placed.add(new Violation(v.ruleId(), v.severity(), notation == null ? pointer : notation.apply(pointer),
                    v.schemaLocation(),
                    v.message(), at.line(), at.column(), resource));
        }
        return placed;
    }
}
