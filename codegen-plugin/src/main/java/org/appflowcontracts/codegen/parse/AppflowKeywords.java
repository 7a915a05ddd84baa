package org.appflowcontracts.codegen.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaLocation;
import tools.jackson.databind.JsonNode;

/** Reads the values of the appflow vocabulary keywords (see the schemas README for their semantics). */
final class AppflowKeywords {

    /** A {@code {"where": <schema>, "member": "name"}} selector before its schema is read. */
    record RawSelector(JsonNode where, SchemaLocation at, String member) {}

    private AppflowKeywords() {}

    static Keyword ordered(JsonNode value, SchemaLocation where) {
        members(value, where, Set.of("lower", "upper", "strict", "as"));
        String lower = text(value, "lower", where);
        String upper = text(value, "upper", where);
        boolean strict = false;
        if (value.has("strict")) {
            if (!value.get("strict").isBoolean()) {
                throw fail(where.child("strict"), "strict must be a boolean");
            }
            strict = value.get("strict").booleanValue();
        }
        String as = text(value, "as", where);
        Keyword.OrderKind kind = switch (as) {
            case "timestamp" -> Keyword.OrderKind.TIMESTAMP;
            case "decimal" -> Keyword.OrderKind.DECIMAL;
            default -> throw fail(where.child("as"), "as must be \"timestamp\" or \"decimal\"");
        };
        return new Keyword.Ordered(lower, upper, strict, kind);
    }

    static Keyword splitEquals(JsonNode value, SchemaLocation where) {
        members(value, where, Set.of("value", "items", "separator"));
        String valuePointer = pointer(value, "value", where);
        String itemsPointer = pointer(value, "items", where);
        String separator = text(value, "separator", where);
        return new Keyword.SplitEquals(valuePointer, itemsPointer, separator);
    }

    static Keyword unique(JsonNode value, SchemaLocation where, Function<RawSelector, Keyword.Selector> reader) {
        return new Keyword.Unique(reader.apply(selector(value, where)));
    }

    static Keyword covered(JsonNode value, SchemaLocation where, Function<RawSelector, Keyword.Selector> reader) {
        members(value, where, Set.of("values", "by"));
        if (!value.has("values")) {
            throw fail(where, "appflowCovered needs 'values'");
        }
        Keyword.Selector values = reader.apply(selector(value.get("values"), where.child("values")));
        JsonNode by = value.get("by");
        if (by == null || !by.isArray() || by.isEmpty()) {
            throw fail(where.child("by"), "by must be a non-empty array of selectors");
        }
        List<Keyword.Selector> selectors = new ArrayList<>();
        for (int i = 0; i < by.size(); i++) {
            selectors.add(reader.apply(selector(by.get(i), where.child("by", Integer.toString(i)))));
        }
        return new Keyword.Covered(values, selectors);
    }

    private static RawSelector selector(JsonNode value, SchemaLocation where) {
        members(value, where, Set.of("where", "member"));
        if (!value.has("where")) {
            throw fail(where, "a selector needs 'where'");
        }
        return new RawSelector(value.get("where"), where.child("where"), text(value, "member", where));
    }

    private static void members(JsonNode value, SchemaLocation where, Set<String> allowed) {
        if (!value.isObject()) {
            throw fail(where, "must be an object");
        }
        for (String name : value.propertyNames()) {
            if (!allowed.contains(name)) {
                throw fail(where.child(name), "unsupported member '" + name + "' (allowed: " + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static String text(JsonNode value, String member, SchemaLocation where) {
        JsonNode v = value.get(member);
        if (v == null || !v.isString() || v.stringValue().isEmpty()) {
            throw fail(where.child(member), member + " must be a non-empty string");
        }
        return v.stringValue();
    }

    private static String pointer(JsonNode value, String member, SchemaLocation where) {
        String p = text(value, member, where);
        if (!p.startsWith("/")) {
            throw fail(where.child(member), member + " must be a JSON pointer starting with '/'");
        }
        return p;
    }

    private static SchemaCompileException fail(SchemaLocation where, String problem) {
        return new SchemaCompileException(where.file(), where.pointer(), problem);
    }
}
