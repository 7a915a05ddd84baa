package org.appflowcontracts.validator.reference;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.path.NodePath;
import org.appflowcontracts.validator.vocabulary.Unique;
import tools.jackson.databind.JsonNode;

/** {@code appflowUnique} for networknt; semantics in {@link Unique}. Failure pointer: each later duplicate. */
final class UniqueKeyword {

    static final String NAME = "appflowUnique";

    static final Keyword KEYWORD = new VocabularyKeyword(NAME, Validator::new);

    private UniqueKeyword() {
    }

    private static final class Validator extends AppflowKeywordValidator {
        private final Schema where;
        private final String member;

        Validator(JsonNode value, SchemaLocation location, Schema parent, SchemaContext context) {
            super(NAME, value, location, parent, context);
            this.where = predicate(value, location);
            this.member = requiredText(value, "member");
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!node.isArray()) {
                return;
            }
            for (String duplicate : Unique.duplicates(node,
                    item -> matches(where, context, item, root, location), member)) {
                report(context, location, duplicate, node.at(duplicate),
                        "'" + member + "' repeats a value used by an earlier entry");
            }
        }

        @Override
        public void preloadSchema() {
            where.initializeValidators();
        }
    }
}
