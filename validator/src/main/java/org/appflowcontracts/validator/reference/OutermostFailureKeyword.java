package org.appflowcontracts.validator.reference;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AnyOfValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.keyword.OneOfValidator;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code anyOf} / {@code oneOf} that report one failure of their own instead of every branch's failures.
 * networknt reports a failing {@code anyOf} as the union of its branches' errors; the reporting model wants only
 * the outermost failure, at the instance the applicator applies to.
 */
final class OutermostFailureKeyword implements Keyword {

    private interface Factory {
        KeywordValidator create(SchemaLocation location, JsonNode value, Schema parent, SchemaContext context);
    }

    private final String name;
    private final Factory factory;

    private OutermostFailureKeyword(String name, Factory factory) {
        this.name = name;
        this.factory = factory;
    }

    static OutermostFailureKeyword anyOf() {
        return new OutermostFailureKeyword("anyOf", AnyOfValidator::new);
    }

    static OutermostFailureKeyword oneOf() {
        return new OutermostFailureKeyword("oneOf", OneOfValidator::new);
    }

    @Override
    public String getValue() {
        return name;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode value, Schema parent, SchemaContext context) {
        return new Validator(name, factory.create(location, value, parent, context), value);
    }

    private static final class Validator implements KeywordValidator {
        private final String keyword;
        private final KeywordValidator delegate;
        private final JsonNode schemaNode;

        Validator(String keyword, KeywordValidator delegate, JsonNode schemaNode) {
            this.keyword = keyword;
            this.delegate = delegate;
            this.schemaNode = schemaNode;
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            List<Error> saved = context.getErrors();
            List<Error> branches = new ArrayList<>();
            context.setErrors(branches);
            try {
                delegate.validate(context, node, root, location);
            } finally {
                context.setErrors(saved);
            }
            if (!branches.isEmpty()) {
                context.addError(Error.builder()
                        .keyword(keyword)
                        .schemaLocation(delegate.getSchemaLocation())
                        .evaluationPath(context.getEvaluationPath())
                        .instanceLocation(location)
                        .instanceNode(node)
                        .schemaNode(schemaNode)
                        .message(keyword.equals("anyOf") ? "matches none of the allowed forms"
                                : "does not match exactly one of the allowed forms")
                        .build());
            }
        }

        @Override
        public void preloadSchema() {
            delegate.preloadSchema();
        }

        @Override
        public String getKeyword() {
            return keyword;
        }

        @Override
        public SchemaLocation getSchemaLocation() {
            return delegate.getSchemaLocation();
        }
    }
}
