package org.appflowcontracts.validator.format.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.engine.FailureReducer;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.rules.RuleIndex;
import org.appflowcontracts.validator.rules.TypeLevelMessages;
import tools.jackson.databind.JsonNode;

/**
 * Checks a resource body as a file declares it (a template's {@code Properties}, a Terraform resource block)
 * against the format's own resource schema: what cfn-lint or {@code terraform validate} would refuse before AWS
 * is asked. Findings are in the file's terms: the JSON Pointer inside the resource body, member names as the file
 * spells them, and rule ids in the format's namespace ({@code cfn.schema.enum}, {@code tf.schema.required}).
 * Values the file does not fix ({@linkplain org.appflowcontracts.validator.format.Unknowns unknowns}) are left to
 * the compiled validators' handling of unknown values. Instances are immutable, cached and thread-safe.
 *
 * <pre>{@code
 * List<Violation> findings = ResourceSchemaCheck.of(InputFormat.CLOUDFORMATION, "AWS::AppFlow::Flow")
 *         .check(properties);
 * }</pre>
 */
public final class ResourceSchemaCheck {

    private static final Map<ResourceSchema, ResourceSchemaCheck> CACHE = new ConcurrentHashMap<>();

    private final ResourceSchema schema;
    private final FailureReducer reducer;

    private ResourceSchemaCheck(ResourceSchema schema) {
        this.schema = schema;
        this.reducer = FailureReducer.loadingOnFirstFailure(new SchemaRules(schema));
    }

    /** The schema's rule index, read on its first failure; a named class, as no lambda is on a first check's path. */
    private static final class SchemaRules implements Supplier<RuleIndex> {
        private final ResourceSchema schema;

        SchemaRules(ResourceSchema schema) {
            this.schema = schema;
        }

        // A resource schema holds no rules: its index only gives messages the parts of a failing schema object,
        // which the build's message schemas hold, so the document is not read.
        @Override
        public RuleIndex get() {
            return RuleIndex.shippedWithoutRules(List.of(schema.schemaIri()));
        }
    }

    /**
     * The check for a resource type as a format declares it ({@code AWS::AppFlow::Flow} in a CloudFormation
     * template; {@code aws_appflow_flow} or {@code awscc_appflow_flow} in Terraform HCL or JSON), if there is a
     * resource schema for it.
     */
    public static Optional<ResourceSchemaCheck> find(InputFormat format, String resourceType) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(resourceType, "resourceType");
        Optional<ResourceSchema> schema = ResourceSchema.find(format, resourceType);
        if (schema.isEmpty()) {
            return Optional.empty();
        }
        // Looked up before computeIfAbsent: a lambda here would start the JVM's lambda machinery on a first check.
        ResourceSchemaCheck known = CACHE.get(schema.get());
        if (known == null) {
            CACHE.putIfAbsent(schema.get(), new ResourceSchemaCheck(schema.get()));
            known = CACHE.get(schema.get());
        }
        return Optional.of(known);
    }

    /**
     * Like {@link #find}, for a resource type that must have a resource schema.
     *
     * @throws IllegalArgumentException when there is none for the format and resource type
     */
    public static ResourceSchemaCheck of(InputFormat format, String resourceType) {
        Optional<ResourceSchemaCheck> check = find(format, resourceType);
        if (check.isEmpty()) {
            throw new IllegalArgumentException("no resource schema for " + resourceType + " in "
                    + format.optionName() + " files");
        }
        return check.get();
    }

    /** The {@code $id}s of the resource schema documents the validator ships. */
    public static List<String> shippedSchemaIris() {
        List<String> iris = new ArrayList<>();
        for (ResourceSchema schema : ResourceSchema.values()) {
            iris.add(schema.schemaIri());
        }
        return iris;
    }

    /** The resource type checked ({@code AWS::AppFlow::Flow}, {@code aws_appflow_flow}, ...). */
    public String resourceType() {
        return schema.resourceType();
    }

    /** The namespace of the rule ids this check reports ({@code cfn.schema.} or {@code tf.schema.}). */
    public String rulePrefix() {
        return schema.rulePrefix();
    }

    /** Checks a resource body that has no source positions: every finding gets line and column 0. */
    public List<Violation> check(JsonNode body) {
        return check(LocatedDocument.withoutPositions(body));
    }

    /** Checks a resource body located in its file, so that findings carry line and column. */
    public List<Violation> check(LocatedDocument body) {
        List<Violation> reduced = reducer.reduce(schema.failures(body.root()), body);
        List<Violation> findings = new ArrayList<>(reduced.size());
        for (Violation v : reduced) {
            findings.add(new Violation(inNamespace(v.ruleId()), schema.severity(), v.pointer(), v.schemaLocation(),
                    v.message(), v.line(), v.column()));
        }
        return List.copyOf(findings);
    }

    private String inNamespace(String ruleId) {
        return ruleId.startsWith(TypeLevelMessages.PREFIX)
                ? schema.rulePrefix() + ruleId.substring(TypeLevelMessages.PREFIX.length())
                : ruleId;
    }
}
