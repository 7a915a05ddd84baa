package org.appflowcontracts.codegen.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.model.JsonType;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.Literal;
import org.appflowcontracts.codegen.model.RuleInfo;
import org.appflowcontracts.codegen.model.RuleSeverity;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.appflowcontracts.codegen.model.SchemaNode;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON of one document into {@link SchemaNode}s. Strict: a keyword that is not listed here fails
 * with the document and the pointer of the keyword. Each keyword is read by its own small method.
 */
final class NodeReader {

    /** Keywords that only annotate; they are accepted and do not produce assertions. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "$schema", "$comment", "title", "description", "examples", "default", "deprecated",
            "readOnly", "writeOnly", "$defs", "appflowRule");

    /** Keywords consumed together with another one. */
    private static final Set<String> COMPANIONS = Set.of("then", "else", "minContains", "maxContains");

    private final SchemaParser.RefResolver refs;
    private final Map<SchemaLocation, SchemaNode> index;

    NodeReader(SchemaParser.RefResolver refs, Map<SchemaLocation, SchemaNode> index) {
        this.refs = refs;
        this.index = index;
    }

    SchemaNode read(JsonNode json, SchemaLocation at, Optional<RuleInfo> enclosingRule, boolean documentRoot) {
        if (json.isBoolean()) {
            List<Keyword> keywords = json.booleanValue() ? List.of() : List.of(new Keyword.FalseSchema());
            return register(new SchemaNode(at, keywords, Optional.empty(), enclosingRule, "", ""));
        }
        if (!json.isObject()) {
            throw fail(at, "a schema must be an object or a boolean, found " + json.getNodeType());
        }
        Optional<RuleInfo> rule = json.has("appflowRule")
                ? Optional.of(readRule(json.get("appflowRule"), at.child("appflowRule")))
                : Optional.empty();
        Optional<RuleInfo> owner = rule.isPresent() ? rule : enclosingRule;

        List<Keyword> keywords = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : json.properties()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            SchemaLocation where = at.child(name);
            if (ANNOTATIONS.contains(name) || COMPANIONS.contains(name)) {
                continue;
            }
            if (name.equals("$id")) {
                if (!documentRoot) {
                    throw fail(where, "$id is only supported at the root of a document");
                }
                continue;
            }
            keywords.add(keyword(name, value, json, at, where, owner));
        }
        if (json.has("$defs")) {
            JsonNode defs = json.get("$defs");
            if (!defs.isObject()) {
                throw fail(at.child("$defs"), "$defs must be an object");
            }
            for (Map.Entry<String, JsonNode> def : defs.properties()) {
                read(def.getValue(), at.child("$defs", def.getKey()), owner, false);
            }
        }
        checkCompanions(json, at);
        String title = text(json, "title", at);
        String description = text(json, "description", at);
        return register(new SchemaNode(at, keywords, rule, owner, title, description));
    }

    private SchemaNode register(SchemaNode node) {
        index.put(node.location(), node);
        return node;
    }

    private Keyword keyword(String name, JsonNode value, JsonNode parent, SchemaLocation node, SchemaLocation where,
            Optional<RuleInfo> owner) {
        return switch (name) {
            case "type" -> type(value, where);
            case "enum" -> new Keyword.Enum(literals(value, where));
            case "const" -> new Keyword.Const(literal(value, where));
            case "required" -> new Keyword.Required(strings(value, where));
            case "dependentRequired" -> dependentRequired(value, where);
            case "properties" -> properties(value, where, owner);
            case "additionalProperties" -> new Keyword.AdditionalProperties(read(value, where, owner, false));
            case "propertyNames" -> new Keyword.PropertyNames(read(value, where, owner, false));
            case "minProperties" -> new Keyword.MinProperties(count(value, where));
            case "maxProperties" -> new Keyword.MaxProperties(count(value, where));
            case "items" -> new Keyword.Items(read(value, where, owner, false));
            case "minItems" -> new Keyword.MinItems(count(value, where));
            case "maxItems" -> new Keyword.MaxItems(count(value, where));
            case "uniqueItems" -> uniqueItems(value, where);
            case "contains" -> contains(value, parent, node, where, owner);
            case "minLength" -> new Keyword.MinLength(count(value, where));
            case "maxLength" -> new Keyword.MaxLength(count(value, where));
            case "pattern" -> pattern(value, where);
            case "minimum" -> new Keyword.Bound(name, number(value, where), false, false);
            case "maximum" -> new Keyword.Bound(name, number(value, where), true, false);
            case "exclusiveMinimum" -> new Keyword.Bound(name, number(value, where), false, true);
            case "exclusiveMaximum" -> new Keyword.Bound(name, number(value, where), true, true);
            case "$ref" -> ref(value, node, where);
            case "allOf" -> new Keyword.AllOf(schemas(value, where, owner));
            case "anyOf" -> new Keyword.AnyOf(schemas(value, where, owner));
            case "oneOf" -> new Keyword.OneOf(schemas(value, where, owner));
            case "not" -> new Keyword.Not(read(value, where, owner, false));
            case "if" -> ifThenElse(value, parent, node, owner);
            case "appflowOrdered" -> AppflowKeywords.ordered(value, where);
            case "appflowSplitEquals" -> AppflowKeywords.splitEquals(value, where);
            case "appflowUnique" -> AppflowKeywords.unique(value, where, sel -> selector(sel, owner));
            case "appflowCovered" -> AppflowKeywords.covered(value, where, sel -> selector(sel, owner));
            default -> throw fail(where, "unsupported keyword '" + name + "'");
        };
    }

    private Keyword.Selector selector(AppflowKeywords.RawSelector raw, Optional<RuleInfo> owner) {
        return new Keyword.Selector(read(raw.where(), raw.at(), owner, false), raw.member());
    }

    private void checkCompanions(JsonNode json, SchemaLocation at) {
        if ((json.has("then") || json.has("else")) && !json.has("if")) {
            throw fail(at.child(json.has("then") ? "then" : "else"), "then/else without if");
        }
        if ((json.has("minContains") || json.has("maxContains")) && !json.has("contains")) {
            throw fail(at.child(json.has("minContains") ? "minContains" : "maxContains"), "minContains/maxContains without contains");
        }
    }

    private Keyword type(JsonNode value, SchemaLocation where) {
        Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        if (value.isString()) {
            types.add(jsonType(value.stringValue(), where));
        } else if (value.isArray() && !value.isEmpty()) {
            int i = 0;
            for (JsonNode t : value) {
                SchemaLocation item = where.child(Integer.toString(i++));
                if (!t.isString()) {
                    throw fail(item, "type names must be strings");
                }
                types.add(jsonType(t.stringValue(), item));
            }
        } else {
            throw fail(where, "type must be a type name or a non-empty array of type names");
        }
        return new Keyword.Type(types);
    }

    private JsonType jsonType(String name, SchemaLocation where) {
        JsonType type = JsonType.fromWireName(name);
        if (type == null) {
            throw fail(where, "unknown type '" + name + "'");
        }
        return type;
    }

    private Keyword dependentRequired(JsonNode value, SchemaLocation where) {
        if (!value.isObject()) {
            throw fail(where, "dependentRequired must be an object");
        }
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            deps.put(e.getKey(), strings(e.getValue(), where.child(e.getKey())));
        }
        return new Keyword.DependentRequired(deps);
    }

    private Keyword properties(JsonNode value, SchemaLocation where, Optional<RuleInfo> owner) {
        if (!value.isObject()) {
            throw fail(where, "properties must be an object");
        }
        List<Map.Entry<String, SchemaNode>> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            members.add(Map.entry(e.getKey(), read(e.getValue(), where.child(e.getKey()), owner, false)));
        }
        return new Keyword.Properties(members);
    }

    private Keyword uniqueItems(JsonNode value, SchemaLocation where) {
        if (!value.isBoolean() || !value.booleanValue()) {
            throw fail(where, "only uniqueItems: true is supported");
        }
        return new Keyword.UniqueItems();
    }

    private Keyword contains(JsonNode value, JsonNode parent, SchemaLocation node, SchemaLocation where,
            Optional<RuleInfo> owner) {
        Optional<Integer> min = parent.has("minContains")
                ? Optional.of(count(parent.get("minContains"), node.child("minContains")))
                : Optional.empty();
        Optional<Integer> max = parent.has("maxContains")
                ? Optional.of(count(parent.get("maxContains"), node.child("maxContains")))
                : Optional.empty();
        return new Keyword.Contains(read(value, where, owner, false), min, max);
    }

    private Keyword pattern(JsonNode value, SchemaLocation where) {
        if (!value.isString()) {
            throw fail(where, "pattern must be a string");
        }
        try {
            java.util.regex.Pattern.compile(value.stringValue());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw fail(where, "pattern is not a valid regular expression: " + e.getDescription());
        }
        return new Keyword.Pattern(value.stringValue());
    }

    private Keyword ref(JsonNode value, SchemaLocation node, SchemaLocation where) {
        if (!value.isString()) {
            throw fail(where, "$ref must be a string");
        }
        return refs.resolve(value.stringValue(), node);
    }

    private Keyword ifThenElse(JsonNode value, JsonNode parent, SchemaLocation node, Optional<RuleInfo> owner) {
        SchemaNode condition = read(value, node.child("if"), owner, false);
        Optional<SchemaNode> then = parent.has("then")
                ? Optional.of(read(parent.get("then"), node.child("then"), owner, false))
                : Optional.empty();
        Optional<SchemaNode> otherwise = parent.has("else")
                ? Optional.of(read(parent.get("else"), node.child("else"), owner, false))
                : Optional.empty();
        return new Keyword.IfThenElse(condition, then, otherwise);
    }

    private List<SchemaNode> schemas(JsonNode value, SchemaLocation where, Optional<RuleInfo> owner) {
        if (!value.isArray() || value.isEmpty()) {
            throw fail(where, "must be a non-empty array of schemas");
        }
        List<SchemaNode> nodes = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            nodes.add(read(value.get(i), where.child(Integer.toString(i)), owner, false));
        }
        return nodes;
    }

    private RuleInfo readRule(JsonNode value, SchemaLocation where) {
        if (!value.isObject()) {
            throw fail(where, "appflowRule must be an object");
        }
        String id = requiredText(value, "id", where);
        String severityName = requiredText(value, "severity", where);
        RuleSeverity severity = switch (severityName) {
            case "error" -> RuleSeverity.ERROR;
            case "warning" -> RuleSeverity.WARNING;
            case "info" -> RuleSeverity.INFO;
            default -> throw fail(where.child("severity"), "severity must be error, warning or info");
        };
        String message = requiredText(value, "message", where);
        String summary = value.has("summary") ? requiredText(value, "summary", where) : "";
        String reportedAs = value.has("reportedAs") ? requiredText(value, "reportedAs", where) : null;
        return new RuleInfo(id, severity, message, summary, reportedAs);
    }

    private String requiredText(JsonNode object, String member, SchemaLocation where) {
        JsonNode v = object.get(member);
        if (v == null || !v.isString() || v.stringValue().isBlank()) {
            throw fail(where.child(member), member + " must be a non-empty string");
        }
        return v.stringValue();
    }

    private String text(JsonNode object, String member, SchemaLocation at) {
        JsonNode v = object.get(member);
        if (v == null) {
            return "";
        }
        if (!v.isString()) {
            throw fail(at.child(member), member + " must be a string");
        }
        return v.stringValue();
    }

    private List<String> strings(JsonNode value, SchemaLocation where) {
        if (!value.isArray()) {
            throw fail(where, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString()) {
                throw fail(where.child(Integer.toString(i)), "must be a string");
            }
            out.add(value.get(i).stringValue());
        }
        return out;
    }

    private List<Literal> literals(JsonNode value, SchemaLocation where) {
        if (!value.isArray() || value.isEmpty()) {
            throw fail(where, "enum must be a non-empty array");
        }
        List<Literal> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(literal(value.get(i), where.child(Integer.toString(i))));
        }
        return out;
    }

    private Literal literal(JsonNode value, SchemaLocation where) {
        if (value.isString()) {
            return new Literal.StringLiteral(value.stringValue());
        }
        if (value.isNumber()) {
            return new Literal.NumberLiteral(value.decimalValue());
        }
        if (value.isBoolean()) {
            return new Literal.BooleanLiteral(value.booleanValue());
        }
        if (value.isNull()) {
            return new Literal.NullLiteral();
        }
        throw fail(where, "object and array values are not supported in enum/const");
    }

    private int count(JsonNode value, SchemaLocation where) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw fail(where, "must be a non-negative integer");
        }
        return value.intValue();
    }

    private BigDecimal number(JsonNode value, SchemaLocation where) {
        if (!value.isNumber()) {
            throw fail(where, "must be a number");
        }
        return value.decimalValue();
    }

    private SchemaCompileException fail(SchemaLocation where, String problem) {
        return new SchemaCompileException(where.file(), where.pointer(), problem);
    }
}
