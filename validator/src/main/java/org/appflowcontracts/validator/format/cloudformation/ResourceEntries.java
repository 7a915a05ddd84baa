package org.appflowcontracts.validator.format.cloudformation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.text.ClosestName;
import org.appflowcontracts.validator.text.EditDistance;
import tools.jackson.databind.JsonNode;

/**
 * What CloudFormation itself checks of a flow's resource entry, around its body: that the type is one it knows
 * (types are compared letter for letter) and that the entry has only resource attributes. Both names come from the
 * format's mapping data ({@code resourceType}, {@code resourceAttributes}).
 */
final class ResourceEntries {

    static final String TYPE_RULE = "cfn.schema.enum";
    static final String ATTRIBUTE_RULE = "cfn.schema.additionalProperties";
    private static final String BODY = "Properties";
    /** Edits tolerated in the last part of a type (Flow): a near miss, never another type of the namespace. */
    private static final int TYPE_EDITS = 2;
    /** As for member names of the contract: one edit per four characters, at least two. */
    private static final int NAME_TOLERANCE = 4;

    private final String resourceType;
    private final String namespace;
    private final List<String> attributes;
    private final String schemaLocation;

    ResourceEntries(FormatMapping mapping, String mappingFile) {
        this.resourceType = mapping.resourceType();
        this.namespace = resourceType.substring(0, resourceType.lastIndexOf("::") + 2).toLowerCase(Locale.ROOT);
        this.attributes = mapping.resourceAttributes();
        this.schemaLocation = mappingFile + "#/resourceAttributes";
    }

    /**
     * The entry's findings and the member holding its body.
     *
     * @param bodyKey {@code Properties}, or the misspelling of it the entry has instead (its value is then read as
     *                the body, so the one mistake is told once, at the misspelt name); null when the entry has none
     */
    record Entry(String bodyKey, List<Violation> findings) {
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
        return finding(template, TYPE_RULE, pointer, mappingLocation("resourceType"),
                "resource type '" + type + "' does not exist (CloudFormation compares types letter for letter);"
                        + " did you mean '" + resourceType + "'?", logicalId);
    }

    /**
     * The entry's attribute names: each unknown name is a finding at the name, with the attribute it most likely
     * meant. In a template with a {@code Transform}, a name no attribute is close to is left alone: a macro may
     * read it and remove it before CloudFormation sees the template.
     */
    Entry check(LocatedDocument template, JsonNode resource, String resourcePointer, String logicalId) {
        boolean transformed = template.root().has("Transform");
        List<Violation> findings = new ArrayList<>();
        String bodyKey = resource.has(BODY) ? BODY : null;
        for (Map.Entry<String, JsonNode> member : resource.properties()) {
            String name = member.getKey();
            if (attributes.contains(name)) {
                continue;
            }
            Optional<String> meant = ClosestName.among(attributes, name, NAME_TOLERANCE);
            if (meant.isEmpty() && transformed) {
                continue;
            }
            if (bodyKey == null && meant.isPresent() && meant.get().equals(BODY) && member.getValue().isObject()) {
                bodyKey = name;
            }
            findings.add(finding(template, ATTRIBUTE_RULE, JsonPointers.append(resourcePointer, name),
                    schemaLocation, attributeMessage(name, meant), logicalId));
        }
        return new Entry(bodyKey, findings);
    }

    private String attributeMessage(String name, Optional<String> meant) {
        String told = "member '" + name + "' is not a resource attribute";
        return meant.isPresent() ? told + "; did you mean '" + meant.get() + "'?"
                : told + "; a resource has only " + String.join(", ", attributes);
    }

    private String mappingLocation(String member) {
        return schemaLocation.substring(0, schemaLocation.indexOf('#')) + "#/" + member;
    }

    private static Violation finding(LocatedDocument template, String ruleId, String pointer, String location,
            String message, String logicalId) {
        Position at = template.positionOf(pointer);
        return new Violation(ruleId, Severity.ERROR, pointer, location, message, at.line(), at.column(), logicalId);
    }
}
