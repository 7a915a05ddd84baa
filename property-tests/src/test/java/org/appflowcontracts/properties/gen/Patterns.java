package org.appflowcontracts.properties.gen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Strings for a model pattern. The alphabet is derived from the character classes of the pattern; candidates
 * drawn from it are kept only when the pattern (with the contract's full-match semantics) accepts them, so every
 * generated value is checked by the same regular expression the engines use. Patterns whose shape a random
 * draw rarely hits (ARNs, URLs) fall back to a few seed values that are checked the same way.
 */
final class Patterns {

    private static final List<String> SEEDS = List.of(
            "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:iam::123456789012:role/appflow-role",
            "arn:aws:appflow:us-east-1:123456789012:flow/orders",
            "https://example.com/oauth/token", "acme-appflow-exports", "orders/daily", "Account", "v1", "1.0",
            "rate(5minutes)", "cron(0 12 * * ? *)", "America/New_York", "2026-01-01T00:00:00Z",
            "00000000-0000-0000-0000-000000000000", "a1", "x",
            "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", "arn:aws:s3:::acme-exports",
            "arn:aws:iam::123456789012:role/service-role/appflow", "arn:aws:secretsmanager:us-east-1:123456789012:secret:x",
            "arn:aws:lambda:us-east-1:123456789012:function:connector", "arn:aws:glue:us-east-1:123456789012:database/db",
            "https://login.example.com", "");

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, char[]> ALPHABETS = new ConcurrentHashMap<>();

    private Patterns() {
    }

    static boolean matches(String regex, String value) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(value).find();
    }

    /** A value of length within [min, max] accepted by the pattern, or null when none was found. */
    static String generate(String regex, int min, int max, Random random) {
        char[] alphabet = ALPHABETS.computeIfAbsent(regex, Patterns::alphabet);
        int upper = Math.max(min, Math.min(max, min + 12));
        String prefix = literalPrefix(regex);
        for (int attempt = 0; attempt < 40 && alphabet.length > 0; attempt++) {
            int length = min + random.nextInt(upper - min + 1);
            // half of the attempts start with the pattern's literal prefix (e.g. a fixed bucket name prefix)
            StringBuilder value = new StringBuilder(attempt % 2 == 1 ? prefix : "");
            while (value.length() < length) {
                value.append(alphabet[random.nextInt(alphabet.length)]);
            }
            if (value.length() <= max && matches(regex, value.toString())) {
                return value.toString();
            }
        }
        for (int attempt = 0; attempt < 40; attempt++) {
            String value = RegexStrings.draw(regex, random);
            if (value != null && value.length() >= min && value.length() <= max && matches(regex, value)) {
                return value;
            }
        }
        List<String> seeds = new ArrayList<>(SEEDS);
        java.util.Collections.shuffle(seeds, random);
        for (String seed : seeds) {
            if (seed.length() >= min && seed.length() <= max && matches(regex, seed)) {
                return seed;
            }
        }
        return null;
    }

    /** The literal characters a pattern starts with after its anchors and groups ({@code ^(?:upsolver-appflow)...}). */
    static String literalPrefix(String regex) {
        StringBuilder prefix = new StringBuilder();
        int i = 0;
        while (i < regex.length() && (regex.charAt(i) == '^' || regex.startsWith("(?:", i) || regex.charAt(i) == '(')) {
            i += regex.startsWith("(?:", i) ? 3 : 1;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':') {
                prefix.append(c);
            } else if (c == '\\' && i + 1 < regex.length() && "./-".indexOf(regex.charAt(i + 1)) >= 0) {
                prefix.append(regex.charAt(++i));
            } else {
                break;
            }
        }
        // a literal followed by a quantifier is not fixed
        if (i < regex.length() && "?*{".indexOf(regex.charAt(i)) >= 0 && prefix.length() > 0) {
            prefix.setLength(prefix.length() - 1);
        }
        return prefix.toString();
    }

    /** The printable ASCII characters the first character class of the pattern admits (plus its literals). */
    static char[] alphabet(String regex) {
        Set<Character> chars = new LinkedHashSet<>();
        int open = regex.indexOf('[');
        while (open >= 0 && chars.isEmpty()) {
            int close = classEnd(regex, open);
            if (close < 0) {
                break;
            }
            String body = regex.substring(open + 1, close);
            boolean negated = body.startsWith("^");
            Pattern klass;
            try {
                klass = Pattern.compile("[" + body + "]");
            } catch (RuntimeException e) {
                open = regex.indexOf('[', close);
                continue;
            }
            for (char c = ' '; c <= '~'; c++) {
                if (klass.matcher(String.valueOf(c)).matches()) {
                    chars.add(c);
                }
            }
            if (negated) {
                // a negated class admits nearly everything: keep it readable
                chars.removeIf(c -> !Character.isLetterOrDigit(c) && "-_./ ".indexOf(c) < 0);
            }
            open = regex.indexOf('[', close);
        }
        if (chars.isEmpty()) {
            for (char c = 'a'; c <= 'z'; c++) {
                chars.add(c);
            }
        }
        char[] result = new char[chars.size()];
        int i = 0;
        for (char c : chars) {
            result[i++] = c;
        }
        return result;
    }

    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        return -1;
    }
}
