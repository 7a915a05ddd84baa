package org.appflowcontracts.validator.format.cloudformation;

import java.util.Locale;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.text.EditDistance;
import tools.jackson.databind.JsonNode;

/**
 * What CloudFormation itself checks of a flow's resource entry, around its body: that the type is one it knows
 * (types are compared letter for letter). The type comes from the format's mapping data ({@code resourceType}).
 */
final class ResourceEntries {

    static final String TYPE_RULE = "cfn.schema.enum";
    /** Edits tolerated in the last part of a type (Flow): a near miss, never another type of the namespace. */
    private static final int TYPE_EDITS = 2;

    private final String resourceType;
    private final String namespace;
    private final String schemaLocation;

    ResourceEntries(FormatMapping mapping, String mappingFile) {
        this.resourceType = mapping.resourceType();
        this.namespace = resourceType.substring(0, resourceType.lastIndexOf("::") + 2).toLowerCase(Locale.ROOT);
        this.schemaLocation = mappingFile + "#/resourceType";
    }

    /**
     * Whether {@code type} is a near miss of the flow type: the same letters in another case, or a small edit of
     * its last part inside its namespace ({@code AWS::AppFlow::Flows}). CloudFormation refuses such a type, so the
     * resource is checked as the flow it was meant to be.
     */
    boolean nearMiss(String type) {
        if (type.equals(resourceType)) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        String expected = resourceType.toLowerCase(Locale.ROOT);
        if (lower.equals(expected)) {
            return true;
        }
        if (!lower.startsWith(namespace)) {
            return false;
        }
        String part = lower.substring(namespace.length());
        String expectedPart = expected.substring(namespace.length());
        int distance = EditDistance.between(part, expectedPart);
        return distance <= TYPE_EDITS && distance < expectedPart.length() && !part.isEmpty();
    }

    Violation typeFinding(LocatedDocument template, String resourcePointer, String logicalId, String type) {
        String pointer = JsonPointers.append(resourcePointer, "Type");
        return finding(template, TYPE_RULE, pointer, schemaLocation,
                "resource type '" + type + "' does not exist (CloudFormation compares types letter for letter);"
                        + " did you mean '" + resourceType + "'?", logicalId);
    }

    private static Violation finding(LocatedDocument template, String ruleId, String pointer, String location,
            String message, String logicalId) {
        Position at = template.positionOf(pointer);
        return new Violation(ruleId, Severity.ERROR, pointer, location, message, at.line(), at.column(), logicalId);
    }
}
