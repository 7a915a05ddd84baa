package org.appflowcontracts.validator.reference;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.vocabulary.Covered;
import tools.jackson.databind.JsonNode;

/** {@code appflowCovered} for networknt; semantics in {@link Covered}. Failure pointer: each uncovered string. */
final class CoveredKeyword {

    static final String NAME = "appflowCovered";

    static final Keyword KEYWORD = new VocabularyKeyword(NAME, Validator::new);

    private CoveredKeyword() {
    }

    /** A {@code where}/{@code member} pair compiled for networknt. */
    private record CompiledSource(Schema where, String member) {
    }

    private static final class Validator extends AppflowKeywordValidator {
        private final CompiledSource values;
        private final List<CompiledSource> by = new ArrayList<>();

        Validator(JsonNode value, SchemaLocation location, Schema parent, SchemaContext context) {
            super(NAME, value, location, parent, context);
            this.values = source(value.get("values"), location.append("values"));
            JsonNode byNode = value.get("by");
            if (byNode == null || !byNode.isArray() || byNode.isEmpty()) {
                throw invalid("needs a non-empty array 'by'");
            }
            for (int i = 0; i < byNode.size(); i++) {
                by.add(source(byNode.get(i), location.append("by").append(i)));
            }
        }

        private CompiledSource source(JsonNode node, SchemaLocation location) {
            if (node == null || !node.isObject()) {
                throw invalid("needs an object at " + location);
            }
            return new CompiledSource(predicate(node, location), requiredText(node, "member"));
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!node.isArray()) {
                return;
            }
            List<Covered.Source> covering = new ArrayList<>();
            for (CompiledSource source : by) {
                covering.add(adapt(source, context, root, location));
            }
            for (String uncovered : Covered.uncovered(node, adapt(values, context, root, location), covering)) {
                JsonNode text = node.at(uncovered);
                report(context, location, uncovered, text,
                        "'" + text.asString() + "' is not provided by any matching entry");
            }
        }

        private static Covered.Source adapt(CompiledSource source, ExecutionContext context, JsonNode root,
                NodePath location) {
            return new Covered.Source(item -> matches(source.where(), context, item, root, location), source.member());
        }

        @Override
        public void preloadSchema() {
            values.where().initializeValidators();
            by.forEach(source -> source.where().initializeValidators());
        }
    }
}
