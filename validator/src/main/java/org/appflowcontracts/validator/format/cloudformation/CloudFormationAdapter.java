package org.appflowcontracts.validator.format.cloudformation;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.resource.ResourceFindings;
import org.appflowcontracts.validator.format.resource.ResourceSchemaCheck;
import java.util.Map;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.format.mapping.MappedFileLocator;
import org.appflowcontracts.validator.format.mapping.MappedRequest;
import org.appflowcontracts.validator.format.mapping.MessageSpelling;
import org.appflowcontracts.validator.format.mapping.RequestMapper;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.YamlTags;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The AppFlow flows a CloudFormation template declares (hand-written, SAM or synthesized by the CDK; JSON or YAML
 * with the short forms of the functions): one {@link DeclaredFlow} per resource of the mapping's resource type,
 * in template order, named by its logical id. A template without such a resource declares none.
 */
public final class CloudFormationAdapter {

    /** The name of the format's mapping file ({@code formats/cloudformation.mapping.json}). */
    public static final String FORMAT = "cloudformation";

    private final FormatMapping mapping;
    private final RequestMapper mapper;
    private final MessageSpelling spelling;
    /** CloudFormation's schema of the resource type, looked up once; null when the validator has none. */
    private final ResourceSchemaCheck resourceCheck;
    private final ResourceEntries entries;

    private CloudFormationAdapter(ApiShapes shapes, FormatMapping mapping) {
        this.mapping = mapping;
        this.mapper = new RequestMapper(shapes, mapping);
        this.spelling = MessageSpelling.of(shapes, mapping);
        this.resourceCheck = ResourceSchemaCheck.find(InputFormat.CLOUDFORMATION, mapping.resourceType()).orElse(null);
        this.entries = new ResourceEntries(mapping, FORMAT + ".mapping.json");
    }

    /** The adapter for the shipped contracts and mapping. */
    public static CloudFormationAdapter shipped() {
        return Holder.SHIPPED;
    }

    /** Reads a template: JSON, or YAML with the CloudFormation short forms ({@code !Ref}, {@code !Sub}, ...). */
    public static LocatedDocument parse(byte[] content, String sourceName) throws InputException {
        return LocatedParser.parse(content, sourceName, YamlTags.CLOUDFORMATION);
    }

    /**
     * Whether a document is a template: it names a template format version, or its {@code Resources} is an object
     * whose entries are all objects with a string {@code Type}.
     */
    public static boolean isTemplate(JsonNode root) {
        if (root == null || !root.isObject()) {
            return false;
        }
        if (root.has("AWSTemplateFormatVersion")) {
            return true;
        }
        JsonNode resources = root.get("Resources");
        if (resources == null || !resources.isObject() || resources.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> resource : resources.properties()) {
            JsonNode value = resource.getValue();
            if (!(value.isObject() && value.path("Type").isString()) && loopOutput(resource) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The resources an {@code Fn::ForEach} loop of the {@code AWS::LanguageExtensions} transform declares
     * ({@code [identifier, collection, {logical id with ${identifier}: resource}]}), or null when the entry is none.
     */
    private static JsonNode loopOutput(Map.Entry<String, JsonNode> entry) {
        JsonNode loop = entry.getValue();
        return entry.getKey().startsWith("Fn::ForEach::") && loop.isArray() && loop.size() == 3
                && loop.get(2).isObject() ? loop.get(2) : null;
    }

    /** The flows a template declares. */
    public List<DeclaredFlow> flows(LocatedDocument template) {
        JsonNode resources = template.root().path("Resources");
        if (!resources.isObject()) {
            return List.of();
        }
        TemplateValues values = new TemplateValues(template.root().get("Parameters"));
        List<DeclaredFlow> flows = new ArrayList<>();
        collect(template, resources, JsonPointers.append("", "Resources"), values, flows);
        return flows;
    }

    // A flow in a loop is checked once, as written: its loop identifier, like any name that is not a parameter
    // with a value, is unknown.
    private void collect(LocatedDocument template, JsonNode resources, String pointer, TemplateValues values,
            List<DeclaredFlow> flows) {
        for (Map.Entry<String, JsonNode> resource : resources.properties()) {
            String resourcePointer = JsonPointers.append(pointer, resource.getKey());
            JsonNode loopOutput = loopOutput(resource);
            if (loopOutput != null) {
                collect(template, loopOutput, JsonPointers.append(resourcePointer, 2), values, flows);
                continue;
            }
            JsonNode type = resource.getValue().path("Type");
            if (!type.isString()) {
                continue;
            }
            // A near miss of the type is refused by CloudFormation: told at the type, and checked as the flow meant.
            if (type.asString().equals(mapping.resourceType())) {
                flows.add(flow(template, resource.getKey(), resourcePointer, resource.getValue(), values, null));
            } else if (entries.nearMiss(type.asString())) {
                flows.add(flow(template, resource.getKey(), resourcePointer, resource.getValue(), values,
                        entries.typeFinding(template, resourcePointer, resource.getKey(), type.asString())));
            }
        }
    }

    private DeclaredFlow flow(LocatedDocument template, String logicalId, String resourcePointer, JsonNode resource,
            TemplateValues values, Violation typeFinding) {
        ResourceEntries.Entry entry = entries.check(template, resource, resourcePointer, logicalId);
        JsonNode properties = entry.bodyKey() == null ? null : resource.get(entry.bodyKey());
        MappedRequest mapped = properties == null ? mapper.map(JsonNodeFactory.instance.objectNode())
                : map(properties, values);
        String bodyPointer = properties == null ? resourcePointer
                : JsonPointers.append(resourcePointer, entry.bodyKey());
        // The resource schema reads the body as the mapping resolved it, in the same walk that made the request.
        List<Violation> resourceFindings = new ArrayList<>(entry.findings());
        if (typeFinding != null) {
            resourceFindings.add(0, typeFinding);
        }
        resourceFindings.addAll(resourceFindings(template, mapped.body(), bodyPointer, logicalId));
        return new DeclaredFlow(logicalId, mapping.operation(), mapped.request(),
                TemplateLocator.of(new MappedFileLocator(template, bodyPointer, mapped, spelling), resourceFindings),
                resourceFindings);
    }

    /** The request {@code Properties} declare, its functions resolved while it is mapped. */
    private MappedRequest map(JsonNode properties, TemplateValues values) {
        if (!values.isCall(properties)) {
            return mapper.map(properties, values);
        }
        JsonNode body = values.callValue(properties);
        return mapper.map(body != null ? body : Unknowns.unknown("Properties set to AWS::NoValue"));
    }

    // What CloudFormation's own schema of the resource type says of the body, at the template's pointers.
    private List<Violation> resourceFindings(LocatedDocument template, JsonNode body, String bodyPointer,
            String logicalId) {
        if (resourceCheck == null) {
            return List.of();
        }
        List<Violation> findings = resourceCheck.check(body);
        return findings.isEmpty() ? findings
                : ResourceFindings.inFile(findings, template, bodyPointer, logicalId);
    }

    private static final class Holder {
        static final CloudFormationAdapter SHIPPED =
                new CloudFormationAdapter(ApiShapes.shipped(), FormatMapping.shipped(FORMAT));
    }
}
