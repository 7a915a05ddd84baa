package org.appflowcontracts.codegen.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /** {@link #member(String, NamingWords)} without naming words: {@code SAPOData} → {@code sapoData}. */
    public static String member(String wireName) {
        return member(wireName, NamingWords.none());
    }

    /**
     * {@code connector-profile name} → {@code connectorProfileName}, {@code SAPOData} → {@code sapOData} when
     * {@code OData} is a naming word: the {@link #words} in lower camel case, as the AWS SDK for Java 2 names its
     * fluent getters and setters. A keyword or a method every record has gets a trailing underscore.
     */
    public static String member(String wireName, NamingWords known) {
        List<String> words = words(wireName, known);
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            sb.append(sb.length() == 0 ? word.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        String camel = sb.length() == 0 ? "value" : sb.toString();
        if (Character.isDigit(camel.charAt(0))) {
            camel = "v" + camel;
        }
        if (RESERVED.contains(camel) || MEMBER_CLASHES.contains(camel)) {
            return camel + "_";
        }
        return camel;
    }

    /** {@code flow-definition} → {@code FlowDefinition}. */
    public static String type(String name) {
        return camel(name, true);
    }

    /** {@link #constant(String, NamingWords)} without naming words: {@code SAPOData} → {@code SAPO_DATA}. */
    public static String constant(String wireValue) {
        return constant(wireValue, NamingWords.none());
    }

    /**
     * {@code Map_all} → {@code MAP_ALL}, {@code SAPOData} → {@code SAP_ODATA} when {@code OData} is a naming word,
     * {@code Googleanalytics} → {@code GOOGLEANALYTICS}: the {@link #words} in upper case joined by underscores, as
     * the AWS SDK for Java 2 names enum constants; one that would start with a digit is prefixed {@code V_}.
     */
    public static String constant(String wireValue, NamingWords known) {
        String s = String.join("_", words(wireValue, known)).toUpperCase(Locale.ROOT);
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            s = "V_" + s;
        }
        return s;
    }

    /**
     * The words of a name: each naming word found in it is one word (the first match from the left, the longer
     * word where two start at the same place), and the text around them is split by {@link #letterWords}.
     */
    static List<String> words(String name, NamingWords known) {
        List<String> words = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < name.length()) {
            Optional<String> word = known.at(name, i);
            if (word.isPresent()) {
                words.addAll(letterWords(name.substring(start, i)));
                words.add(word.get());
                i += word.get().length();
                start = i;
            } else {
                i++;
            }
        }
        words.addAll(letterWords(name.substring(start)));
        return List.copyOf(words);
    }

    /**
     * The words of a name by its letters alone, split as the AWS SDK for Java 2's code generator splits them, so
     * that members and enum constants agree with each other and, where no naming word applies, with the SDK's names
     * for the same model ({@code SAPOData} is {@code SAPO Data}: {@code sapoData()}, {@code SAPO_DATA}). A run
     * of anything but ASCII letters and digits separates words; a lowercase letter followed by a capital (then a
     * letter or digit) ends a word; a run of capitals ends before its last capital when a lowercase letter follows ({@code KMSArn}: KMS Arn); a
     * digit followed by a letter ends a word ({@code s3ec2}: s3 ec2); a {@code v} or {@code V} and the digits
     * after it form a version word after two or more other characters ({@code TESTv4}: TEST v4).
     */
    static List<String> letterWords(String name) {
        String s = NON_ALPHANUMERIC.matcher(name).replaceAll(" ");
        s = LOWER_V_VERSION.matcher(s).replaceAll("$1 v$2 ");
        s = UPPER_V_VERSION.matcher(s).replaceAll("$1 V$2 ");
        s = CAMEL_BOUNDARY.matcher(s).replaceAll(" ");
        s = ACRONYM_END.matcher(s).replaceAll("$1 $2");
        s = DIGIT_THEN_LETTER.matcher(s).replaceAll("$1 $2");
        String trimmed = s.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split(" +"));
    }

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern LOWER_V_VERSION = Pattern.compile("([^a-z]{2,})v([0-9]+)");
    private static final Pattern UPPER_V_VERSION = Pattern.compile("([^A-Z]{2,})V([0-9]+)");
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[A-Z][a-zA-Z0-9])");
    private static final Pattern ACRONYM_END = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern DIGIT_THEN_LETTER = Pattern.compile("([0-9])([a-zA-Z])");

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
