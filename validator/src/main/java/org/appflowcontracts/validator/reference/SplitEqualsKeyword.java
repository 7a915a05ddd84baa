package org.appflowcontracts.validator.reference;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.path.NodePath;
import org.appflowcontracts.validator.vocabulary.SplitEquals;
import tools.jackson.databind.JsonNode;

/** {@code appflowSplitEquals} for networknt; semantics in {@link SplitEquals}. Failure pointer: the {@code value}. */
final class SplitEqualsKeyword {

    static final String NAME = "appflowSplitEquals";

    static final Keyword KEYWORD = new VocabularyKeyword(NAME, Validator::new);

    private SplitEqualsKeyword() {
    }

    private static final class Validator extends AppflowKeywordValidator {
        private final String value;
        private final String items;
        private final String separator;

        Validator(JsonNode keywordValue, SchemaLocation location, Schema parent, SchemaContext context) {
            super(NAME, keywordValue, location, parent, context);
            this.value = requiredPointer(keywordValue, "value");
            this.items = requiredPointer(keywordValue, "items");
            this.separator = requiredText(keywordValue, "separator");
        }

        private String requiredPointer(JsonNode keywordValue, String member) {
            String pointer = requiredText(keywordValue, member);
            if (!pointer.startsWith("/")) {
                throw invalid("'" + member + "' must be a JSON Pointer starting with '/'");
            }
            return pointer;
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!SplitEquals.passes(node, value, items, separator)) {
                report(context, location, value, node.at(value),
                        "the entries of this list must be exactly the entries of " + items.substring(1));
            }
        }
    }
}
