package org.appflowcontracts.validator.reference;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.parse.JsonPointers;
import tools.jackson.databind.JsonNode;

/** Shared plumbing of the appflow keyword validators: reading the keyword value, predicates, reporting. */
abstract class AppflowKeywordValidator extends com.networknt.schema.keyword.AbstractKeywordValidator {

    protected final SchemaContext schemaContext;
    protected final Schema parentSchema;

    AppflowKeywordValidator(String keyword, JsonNode schemaNode, SchemaLocation schemaLocation,
            Schema parentSchema, SchemaContext schemaContext) {
        super(keyword, schemaNode, schemaLocation);
        this.schemaContext = schemaContext;
        this.parentSchema = parentSchema;
        if (!schemaNode.isObject()) {
            throw invalid("must be an object");
        }
    }

    /** A required string member of the keyword value. */
    protected String requiredText(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isString() || value.asString().isEmpty()) {
            throw invalid("needs a non-empty string '" + member + "'");
        }
        return value.asString();
    }

    /** A subschema of the keyword value used as a predicate. */
    protected Schema predicate(JsonNode node, SchemaLocation location) {
        JsonNode where = node.get("where");
        if (where == null) {
            throw invalid("needs a 'where' schema at " + location);
        }
        return schemaContext.newSchema(location.append("where"), where, parentSchema);
    }

    protected IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException(getKeyword() + " at " + schemaLocation + " " + problem);
    }

    /**
     * Evaluates {@code predicate} against {@code item} without reporting: its failures are collected into a
     * private list and discarded.
     */
    protected static boolean matches(Schema predicate, ExecutionContext context, JsonNode item, JsonNode root,
            NodePath location) {
        List<Error> saved = context.getErrors();
        boolean failFast = context.isFailFast();
        List<Error> probe = new ArrayList<>();
        context.setErrors(probe);
        context.setFailFast(false);
        try {
            predicate.validate(context, item, root, location);
        } finally {
            context.setErrors(saved);
            context.setFailFast(failFast);
        }
        return probe.isEmpty();
    }

    /** Reports a failure at {@code base} + the relative pointer {@code relative}. */
    protected void report(ExecutionContext context, NodePath base, String relative, JsonNode instance,
            String message) {
        NodePath at = base;
        for (String token : JsonPointers.tokens(relative)) {
            at = isIndex(token) ? at.append(Integer.parseInt(token)) : at.append(token);
        }
        context.addError(Error.builder()
                .keyword(getKeyword())
                .schemaLocation(schemaLocation)
                .evaluationPath(context.getEvaluationPath())
                .instanceLocation(at)
                .instanceNode(instance)
                .schemaNode(schemaNode)
                .message(message)
                .build());
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
