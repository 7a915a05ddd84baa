package org.appflowcontracts.validator.format.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.engine.FailureReducer;
import org.appflowcontracts.validator.format.FindingsInFile;

/**
 * Merges the findings of a resource-schema check with the API-contract findings of the same resource, both
 * already at the file's pointers, so that one mistake is reported once. The API-contract finding is kept (it has
 * the better message); a resource-schema finding is dropped when a contract finding at the same pointer is
 * <ul>
 *   <li>a check of the same kind ({@code cfn.schema.enum} and {@code schema.enum}); for {@code required}, only
 *       when the contract finding names every member the resource finding names (a different missing member is
 *       a different mistake);</li>
 *   <li>or a catalog rule (such as {@code CONNECTOR_OPERATOR_WHITELIST.zendesk}), which says more precisely what
 *       the type-level check says, as the reporting model lets a rule subsume type-level findings at its pointer;
 *       a {@code required} finding only by a rule that failed on a {@code required} of its own and whose message
 *       names every member the resource finding names (an SAP OData source without {@code ObjectPath} is one
 *       mistake, told once by the rule's words);</li>
 *   <li>for a length finding ({@code minLength}, {@code maxLength}), a contract {@code pattern} finding: the
 *       value is in the wrong form, which the contract's finding tells (and a hint there explains, such as a KMS
 *       alias where a key ARN belongs); its length is a symptom of the same mistake;</li>
 *   <li>for a finding on the form of a value (pattern, enum, length, bounds), a contract {@code type} finding:
 *       the value is not even of the type the API reads (the text "abc" where a number belongs);</li>
 *   <li>for an {@code enum} finding on a map key the file writes as a value of its own (a CloudFormation
 *       {@code TaskProperties} entry's {@code Key}), a contract {@code propertyNames} finding at that key: the
 *       API checks the same key as a map's member name.</li>
 * </ul>
 * A contract finding less severe than the resource finding (a warning rule beside what CloudFormation refuses)
 * drops nothing. The result is in report order (line, column, rule id, pointer).
 */
public final class FindingMerge {

    private static final String TYPE_LEVEL = "schema.";
    private static final String REQUIRED = "required";
    private static final Set<String> LENGTHS = Set.of("minLength", "maxLength");
    /** Checks of a value's form, each a symptom of the value being of another type altogether. */
    private static final Set<String> VALUE_FORM = Set.of("pattern", "enum", "minLength", "maxLength", "minimum",
            "maximum");

    private FindingMerge() {
    }

    public static List<Violation> merge(List<Violation> contractFindings, List<Violation> resourceFindings) {
        Map<String, List<Violation>> contractAt = new HashMap<>();
        for (Violation c : contractFindings) {
            List<Violation> here = contractAt.get(c.pointer());
            if (here == null) {
                here = new ArrayList<>();
                contractAt.put(c.pointer(), here);
            }
            here.add(c);
        }
        List<Violation> merged = new ArrayList<>(contractFindings);
        for (Violation r : resourceFindings) {
            if (!reportedAlready(r, contractAt.getOrDefault(r.pointer(), List.of()))) {
                merged.add(r);
            }
        }
        merged.sort(FailureReducer.ORDER);
        return List.copyOf(merged);
    }

    private static boolean reportedAlready(Violation resource, List<Violation> contractHere) {
        String kind = kind(resource.ruleId());
        if (kind.equals(REQUIRED)) {
            List<String> missing = quotedNames(resource.message());
            if (missing.isEmpty()) {
                return false;
            }
            for (String member : missing) {
                if (!namedMissing(member, contractHere)) {
                    return false;
                }
            }
            return true;
        }
        for (Violation c : contractHere) {
            String contractKind = kind(c.ruleId());
            // A warning cannot stand in for an error: what the resource schema refuses stays refused.
            if (c.severity().compareTo(resource.severity()) > 0) {
                continue;
            }
            if (contractKind.isEmpty() || contractKind.equals(kind)
                    || kind.equals("enum") && FindingsInFile.aboutMemberName(c)
                    || LENGTHS.contains(kind) && contractKind.equals("pattern")
                    || VALUE_FORM.contains(kind) && contractKind.equals("type")) {
                return true;
            }
        }
        return false;
    }

    /** True when a contract finding here says {@code member} is missing: a type-level or a rule's required. */
    private static boolean namedMissing(String member, List<Violation> contractHere) {
        for (Violation c : contractHere) {
            String contractKind = kind(c.ruleId());
            if (REQUIRED.equals(contractKind) && quotedNames(c.message()).contains(member)) {
                return true;
            }
            if (contractKind.isEmpty() && c.schemaLocation().endsWith("/" + REQUIRED)
                    && namesWord(c.message(), member)) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} occurs in {@code text} between characters that cannot be part of a member name. */
    private static boolean namesWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !nameChar(text.charAt(at - 1))) && (end == text.length() || !nameChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The keyword of a type-level id ({@code cfn.schema.enum}, {@code schema.enum} → {@code enum}); "" for a rule. */
    static String kind(String ruleId) {
        int at = ruleId.lastIndexOf(TYPE_LEVEL);
        boolean typeLevel = at >= 0 && (at == 0 || ruleId.charAt(at - 1) == '.');
        return typeLevel ? ruleId.substring(at + TYPE_LEVEL.length()) : "";
    }

    /** The member names a required-member message quotes ("missing required members 'a', 'b'"). */
    private static List<String> quotedNames(String message) {
        // Pairs of quotes, read left to right; an unpaired last quote opens nothing (as the pattern '([^']*)' reads).
        List<String> names = new ArrayList<>();
        int open = message.indexOf('\'');
        while (open >= 0) {
            int close = message.indexOf('\'', open + 1);
            if (close < 0) {
                break;
            }
            names.add(message.substring(open + 1, close));
            open = message.indexOf('\'', close + 1);
        }
        return names;
    }
}
