package org.appflowcontracts.validator.reference;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.path.NodePath;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.vocabulary.Ordered;
import tools.jackson.databind.JsonNode;

/** {@code appflowOrdered} for networknt; semantics in {@link Ordered}. Failure pointer: the {@code upper} member. */
final class OrderedKeyword {

    static final String NAME = "appflowOrdered";

    static final Keyword KEYWORD = new VocabularyKeyword(NAME, Validator::new);

    private OrderedKeyword() {
    }

    private static final class Validator extends AppflowKeywordValidator {
        private final String lower;
        private final String upper;
        private final boolean strict;
        private final Ordered.As as;

        Validator(JsonNode value, SchemaLocation location, Schema parent, SchemaContext context) {
            super(NAME, value, location, parent, context);
            this.lower = requiredText(value, "lower");
            this.upper = requiredText(value, "upper");
            this.strict = value.path("strict").asBoolean(false);
            this.as = Ordered.As.fromWireName(requiredText(value, "as"));
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!Ordered.passes(node, lower, upper, strict, as)) {
                report(context, location, JsonPointers.append("", upper), node.get(upper),
                        "'" + upper + "' must be " + (strict ? "after" : "at or after") + " '" + lower + "'");
            }
        }
    }
}
