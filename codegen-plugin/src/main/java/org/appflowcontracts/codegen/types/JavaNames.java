package org.appflowcontracts.codegen.types;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Java-safe spellings of schema names. Pure functions, deterministic. */
public final class JavaNames {

    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "_");

    /** Record component names that would clash with methods every record or our builders declare. */
    private static final Set<String> MEMBER_CLASHES = Set.of(
            "hashCode", "toString", "equals", "getClass", "builder", "toBuilder", "notify", "notifyAll", "wait",
            "clone", "finalize", "build");

    private JavaNames() {}

    /** {@code connector-profile name} → {@code connectorProfileName}; a keyword gets a trailing underscore. */
    public static String member(String wireName) {
        String camel = camel(wireName, true);
        camel = ACRONYM_THEN_WORD.matcher(wireName).lookingAt() ? camel : lowerLeadingAcronym(camel);
        if (RESERVED.contains(camel) || MEMBER_CLASHES.contains(camel)) {
            return camel + "_";
        }
        return camel;
    }

    /**
     * A wire name that starts with an acronym run straight into a capitalised word ({@code SAPOData},
     * {@code KMSArn}) keeps its spelling: the letters cannot tell where the acronym ends (SAP + OData, KMS + Arn),
     * and lowering a guess merges two words ({@code sapoData}). The member then reads as the wire name and the
     * type names ({@code SAPODataSourceProperties}) do.
     */
    private static final Pattern ACRONYM_THEN_WORD = Pattern.compile("[A-Z]{2,}[a-z]");

    /** {@code XAmzId} → {@code xAmzId}, {@code S3} → {@code s3}, {@code URL} → {@code url}. */
    private static String lowerLeadingAcronym(String name) {
        int run = 0;
        while (run < name.length() && Character.isUpperCase(name.charAt(run))) {
            run++;
        }
        if (run == 0) {
            return name;
        }
        // In "XAmzId" the last capital of the run starts the next word.
        int cut = run > 1 && run < name.length() && Character.isLowerCase(name.charAt(run)) ? run - 1 : run;
        if (cut == 0) {
            cut = 1;
        }
        return name.substring(0, cut).toLowerCase(Locale.ROOT) + name.substring(cut);
    }

    /** {@code flow-definition} → {@code FlowDefinition}. */
    public static String type(String name) {
        return camel(name, true);
    }

    /**
     * {@code Map_all} → {@code MAP_ALL}, {@code SAPOData} → {@code SAPO_DATA},
     * {@code Googleanalytics} → {@code GOOGLEANALYTICS}.
     */
    public static String constant(String wireValue) {
        StringBuilder sb = new StringBuilder();
        int[] cps = wireValue.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isLetterOrDigit(c) || c > 127) {
                appendSeparator(sb);
                continue;
            }
            boolean upper = Character.isUpperCase(c);
            if (upper && i > 0 && Character.isLetterOrDigit(cps[i - 1])) {
                boolean prevLowerOrDigit = Character.isLowerCase(cps[i - 1]) || Character.isDigit(cps[i - 1]);
                boolean acronymEnd = Character.isUpperCase(cps[i - 1]) && i + 1 < cps.length
                        && Character.isLowerCase(cps[i + 1]);
                if (prevLowerOrDigit || acronymEnd) {
                    appendSeparator(sb);
                }
            }
            sb.appendCodePoint(Character.toUpperCase(c));
        }
        String s = sb.toString();
        while (s.endsWith("_")) {
            s = s.substring(0, s.length() - 1);
        }
        while (s.startsWith("_")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            s = "V_" + s;
        }
        return s.toUpperCase(Locale.ROOT);
    }

    private static void appendSeparator(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
            sb.append('_');
        }
    }

    private static String camel(String name, boolean upperFirst) {
        StringBuilder sb = new StringBuilder();
        boolean upperNext = upperFirst;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (sb.length() == 0 && !upperFirst) {
                    sb.append(Character.toLowerCase(c));
                } else {
                    sb.append(upperNext ? Character.toUpperCase(c) : c);
                }
                upperNext = false;
            } else {
                upperNext = sb.length() > 0 || upperFirst;
            }
        }
        if (sb.length() == 0) {
            sb.append(upperFirst ? "Value" : "value");
        }
        if (Character.isDigit(sb.charAt(0))) {
            sb.insert(0, upperFirst ? "V" : "v");
        }
        return sb.toString();
    }
}
