package org.appflowcontracts.validator.reference;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.Set;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.parse.JsonPointers;
import tools.jackson.databind.JsonNode;

/** Turns a networknt {@link Error} into an engine-neutral {@link RawFailure}. */
final class ErrorTranslator {

    /**
     * Keywords whose failure is reported at the offending member itself (the reporting model's "unexpected
     * member", and a map key not in the required format). Others are reported at the instance the keyword
     * applies to.
     */
    private static final Set<String> AT_MEMBER = Set.of("additionalProperties", "unevaluatedProperties",
            "propertyNames");
    private static final int MAX_LISTED_VALUES = 30;

    private ErrorTranslator() {
    }

    static RawFailure translate(Error error) {
        String schemaPointer = pointer(error.getSchemaLocation().getFragment());
        String keyword = keyword(error.getKeyword(), schemaPointer);
        if (keyword.equals("false") && schemaPointer.endsWith("/false")) {
            // networknt locates a failing false schema one step below it; point at the false schema itself.
            schemaPointer = schemaPointer.substring(0, schemaPointer.length() - "/false".length());
        }
        String pointer = pointer(error.getInstanceLocation());
        String member = error.getProperty();
        if (member != null && AT_MEMBER.contains(keyword)) {
            pointer = JsonPointers.append(pointer, member);
        }
        String document = error.getSchemaLocation().getAbsoluteIri() == null ? ""
                : error.getSchemaLocation().getAbsoluteIri().toString();
        return new RawFailure(keyword, pointer, member, document, schemaPointer,
                expected(keyword, error.getSchemaNode()));
    }

    /**
     * The keyword as written in the schema. networknt names a failing {@code contains} after the bound it
     * enforces ({@code minContains}, default 1) while locating it at {@code contains}; we report the keyword the
     * author wrote.
     */
    static String keyword(String reported, String schemaPointer) {
        if (reported == null) {
            return "unknown";
        }
        if ((reported.equals("minContains") || reported.equals("maxContains")) && schemaPointer.endsWith("/contains")) {
            return "contains";
        }
        return reported;
    }

    static String pointer(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(JsonPointers.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static String expected(String keyword, JsonNode value) {
        if (value == null) {
            return null;
        }
        if (keyword.equals("type") && value.isArray()) {
            return String.join(" or ", value.valueStream().map(JsonNode::asString).toList());
        }
        if (keyword.equals("enum") && value.isArray()) {
            StringBuilder listed = new StringBuilder();
            int shown = Math.min(value.size(), MAX_LISTED_VALUES);
            for (int i = 0; i < shown; i++) {
                listed.append(i == 0 ? "" : ", ").append(render(value.get(i)));
            }
            if (value.size() > shown) {
                listed.append(", … (").append(value.size()).append(" values in all)");
            }
            return listed.toString();
        }
        return value.isValueNode() && !value.isString() ? value.toString()
                : value.isString() ? value.asString() : value.toString();
    }

    private static String render(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }
}
