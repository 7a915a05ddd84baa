package org.appflowcontracts.diff.format;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.model.Node;

/** Names each kind of change and states its facts, for every output format alike. */
public final class ChangeDescriber {

    private ChangeDescriber() {
    }

    public static DescribedChange describe(Change change) {
        if (change instanceof Change.OperationAdded) {
            return of(change, "operation-added", "operation added", Map.of());
        }
        if (change instanceof Change.OperationRemoved) {
            return of(change, "operation-removed", "operation removed", Map.of());
        }
        if (change instanceof Change.RuleAdded r) {
            return of(change, "rule-added", "rule " + r.ruleId() + " added (" + r.severity() + ")",
                    fields("ruleId", r.ruleId(), "severity", r.severity()));
        }
        if (change instanceof Change.RuleRemoved r) {
            return of(change, "rule-removed", "rule " + r.ruleId() + " removed (was " + r.severity() + ")",
                    fields("ruleId", r.ruleId(), "severity", r.severity()));
        }
        if (change instanceof Change.RuleSeverityChanged r) {
            return of(change, "rule-severity-changed",
                    "rule " + r.ruleId() + " severity " + r.before() + " -> " + r.after(),
                    fields("ruleId", r.ruleId(), "before", r.before(), "after", r.after()));
        }
        if (change instanceof Change.RuleCheckChanged r) {
            return of(change, "rule-check-changed", "rule " + r.ruleId() + " tests something else (" + r.severity()
                    + ")", fields("ruleId", r.ruleId(), "severity", r.severity()));
        }
        return describeMember(change);
    }

    private static DescribedChange describeMember(Change change) {
        if (change instanceof Change.MemberAdded m) {
            String presence = m.required() ? "required" : "optional";
            return of(change, "member-added", "added (" + typeOf(m.node()) + ", " + presence + ")",
                    fields("type", typeOf(m.node()), "required", m.required()));
        }
        if (change instanceof Change.MemberRemoved m) {
            return of(change, "member-removed", "removed (" + typeOf(m.node()) + ")",
                    fields("type", typeOf(m.node())));
        }
        if (change instanceof Change.TypeChanged t) {
            return of(change, "type-changed", "type " + t.before() + " -> " + t.after(),
                    fields("before", t.before(), "after", t.after()));
        }
        if (change instanceof Change.RequiredChanged r) {
            return of(change, "required-changed", r.required() ? "now required" : "now optional",
                    fields("required", r.required()));
        }
        return describeConstraint(change);
    }

    private static DescribedChange describeConstraint(Change change) {
        if (change instanceof Change.EnumValuesAdded e) {
            return of(change, "enum-values-added", "enum values added: " + String.join(", ", e.values()),
                    fields("values", e.values()));
        }
        if (change instanceof Change.EnumValuesRemoved e) {
            return of(change, "enum-values-removed", "enum values removed: " + String.join(", ", e.values()),
                    fields("values", e.values()));
        }
        if (change instanceof Change.EnumRestriction e) {
            String detail = e.direction().label().equals("narrowed")
                    ? "now limited to enum values: " + String.join(", ", e.values())
                    : "no longer limited to enum values (was: " + String.join(", ", e.values()) + ")";
            return of(change, "enum-restriction", detail,
                    fields("direction", e.direction().label(), "values", e.values()));
        }
        if (change instanceof Change.BoundChanged b) {
            String bound = (b.minimum() ? "min " : "max ") + b.unit().label();
            return of(change, "bound-changed", bound + " " + text(b.before()) + " -> " + text(b.after()) + " ("
                    + b.direction().label() + ")", fields("bound", bound, "before", b.before(), "after", b.after(),
                    "direction", b.direction().label()));
        }
        Change.PatternChanged p = (Change.PatternChanged) change;
        return of(change, "pattern-changed", "pattern " + quoted(p.before()) + " -> " + quoted(p.after()) + " ("
                + p.direction().label() + ")", fields("before", p.before(), "after", p.after(),
                "direction", p.direction().label()));
    }

    /** The type as people read it: {@code integer}, {@code structure SapODataPaginationConfig}, {@code list}. */
    static String typeOf(Node node) {
        return node.isStructure() && !node.shape().isEmpty() ? "structure " + node.shape() : node.type();
    }

    private static String text(BigDecimal bound) {
        return bound == null ? "(none)" : bound.toPlainString();
    }

    private static String quoted(String pattern) {
        return pattern == null ? "(none)" : "'" + pattern + "'";
    }

    private static DescribedChange of(Change change, String kind, String detail, Map<String, Object> fields) {
        return new DescribedChange(change, kind, detail, fields);
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            fields.put((String) keysAndValues[i], value instanceof List<?> list ? List.copyOf(list) : value);
        }
        return fields;
    }
}
