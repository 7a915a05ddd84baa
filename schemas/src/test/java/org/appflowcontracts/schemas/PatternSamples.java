package org.appflowcontracts.schemas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sample strings for one model pattern: fixed edge cases, strings grown character by character that the model
 * pattern fully matches, their prefixes (partial matches) and mutations of them (appended line terminators,
 * Unicode spaces, surrogate pairs, unpaired surrogates, swapped characters) and long runs (at least
 * {@link #LONG_LENGTH} characters). Deterministic per pattern.
 */
final class PatternSamples {

    static final String PAIR = "\uD83D\uDE00";
    static final String LONE_HIGH = "\uD83D";
    static final String LONE_LOW = "\uDE00";

    /** Characters that tell engines apart: Java/ECMA whitespace, line terminators, surrogates, non-ASCII. */
    static final List<String> TRICKY = List.of(" ", "\t", "\n", "\r", "\u000B", "\f", "\u0085", "\u00A0", "\u1680",
            "\u2000", "\u2028", "\u2029", "\u202F", "\u3000", "\uFEFF", "\u00E9", "\u4E2D", "\uE000", "\uFFFD",
            "\uFFFF", "\u0000", PAIR, "\uDBFF\uDFFF", "\uD800\uDC00", LONE_HIGH, LONE_LOW);

    /** Realistic AppFlow/AWS values; walks may start from a viable prefix of one of them. */
    static final List<String> SEEDS = List.of("arn:aws:iam::123456789012:role/appflow-role",
            "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:appflow:us-east-1:123456789012:flow/my-flow",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:appflow!x-AbCdEf",
            "arn:aws:lambda:us-west-2:123456789012:function:connector",
            "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", "https://login.salesforce.com/services",
            "http://example.com/a?b=c", "ftp://files.example.com/x", "file://tmp/x", "upsolver-appflow-bucket",
            "eyJhbGciOi.eyJzdWIiOi.SflKxwRJ_adQssw5c", "my_flow-1", "Account", "200", "us-east-1",
            "s3://bucket/prefix", "user@example.com", "a b\tc");

    /** Length of the long samples: far beyond any contract bound, deep enough to expose per-character recursion. */
    static final int LONG_LENGTH = 50_000;

    /** Runs that long samples are made of (pairs only sparse: a looped pair alternative turns once per pair). */
    private static final List<String> LONG_FILLERS = List.of("x", "0", " ", "-", "\t", "\u00E9", LONE_LOW,
            "x".repeat(999) + PAIR, "a:" + LONE_HIGH);

    private static final int WALKS = 60;
    private static final int MAX_LENGTH = 48;

    private PatternSamples() {
    }

    static List<String> of(String modelPattern) {
        Pattern pattern = Pattern.compile(modelPattern);
        List<String> alphabet = alphabet(modelPattern);
        List<String> own = ownCharacters(modelPattern);
        Random random = new Random(modelPattern.hashCode());
        Set<String> samples = new LinkedHashSet<>();
        samples.add("");
        samples.addAll(TRICKY);
        samples.add("aws:x");
        samples.add("ab");
        samples.add("a b");
        List<String> matching = new ArrayList<>();
        for (String seed : SEEDS) {
            samples.add(seed);
            if (pattern.matcher(seed).matches()) {
                matching.add(seed);
            }
        }
        for (int walk = 0; walk < WALKS; walk++) {
            String s = walk % 2 == 0 ? "" : viablePrefix(pattern, SEEDS.get(random.nextInt(SEEDS.size())), random);
            if (pattern.matcher(s).matches()) {
                matching.add(s);
            }
            int length = 1 + random.nextInt(MAX_LENGTH);
            for (int step = 0; step < length; step++) {
                String next = viableExtension(pattern, s, random.nextBoolean() ? own : alphabet, random);
                if (next == null) {
                    next = viableExtension(pattern, s, alphabet, random);
                }
                if (next == null) {
                    break;
                }
                s = next;
                samples.add(s);
                if (pattern.matcher(s).matches()) {
                    matching.add(s);
                }
            }
        }
        for (String m : matching.subList(0, Math.min(matching.size(), 40))) {
            samples.addAll(mutations(m, random));
        }
        samples.addAll(longStrings(matching));
        return new ArrayList<>(samples);
    }

    static long countMatching(String modelPattern, List<String> samples) {
        Pattern pattern = Pattern.compile(modelPattern);
        return samples.stream().filter(s -> pattern.matcher(s).matches()).count();
    }

    /** Runs of {@link #LONG_FILLERS} alone, after and before a few matching samples, and with a final newline. */
    private static List<String> longStrings(List<String> matching) {
        List<String> out = new ArrayList<>();
        for (String filler : LONG_FILLERS) {
            String run = filler.repeat(LONG_LENGTH / filler.length() + 1);
            out.add(run);
            out.add(run + "\n");
            for (String m : matching.subList(0, Math.min(matching.size(), 3))) {
                out.add(m + run);
                out.add(run + m);
                out.add(m + run + "\n");
            }
        }
        return out;
    }

    private static List<String> mutations(String s, Random random) {
        List<String> out = new ArrayList<>();
        for (String t : List.of("\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029")) {
            out.add(s + t);
            out.add(t + s);
        }
        int mid = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        if (mid > 0 && mid < s.length() && Character.isLowSurrogate(s.charAt(mid))) {
            mid--;
        }
        for (String t : TRICKY) {
            out.add(s.substring(0, mid) + t + s.substring(mid));
            out.add(s + t);
        }
        out.add(s + s);
        out.add(" " + s);
        if (!s.isEmpty()) {
            out.add(s.substring(0, s.offsetByCodePoints(s.length(), -1)));
            out.add(s.substring(s.offsetByCodePoints(0, 1)));
            out.add(s.substring(0, s.offsetByCodePoints(s.length(), -1)) + PAIR);
        }
        return out;
    }

    /** A random-length prefix of {@code seed} that the model pattern may still extend to a match. */
    private static String viablePrefix(Pattern pattern, String seed, Random random) {
        int end = seed.length() / 2 + random.nextInt(seed.length() - seed.length() / 2 + 1);
        while (end > 0) {
            String prefix = seed.substring(0, end);
            Matcher m = pattern.matcher(prefix);
            if (m.matches() || m.hitEnd()) {
                return prefix;
            }
            end--;
        }
        return "";
    }

    /** {@code s} plus one alphabet element such that the model pattern may still match a longer string. */
    private static String viableExtension(Pattern pattern, String s, List<String> alphabet, Random random) {
        List<String> order = new ArrayList<>(alphabet);
        Collections.shuffle(order, random);
        for (String c : order) {
            String candidate = s + c;
            Matcher m = pattern.matcher(candidate);
            if (m.matches() || m.hitEnd()) {
                return candidate;
            }
        }
        return null;
    }

    /** The pattern's own characters plus a few letters and digits: steers walks through literal parts. */
    private static List<String> ownCharacters(String modelPattern) {
        Set<String> chars = new LinkedHashSet<>();
        modelPattern.codePoints().filter(cp -> cp != '\\').forEach(cp -> chars.add(new String(Character.toChars(cp))));
        for (String c : List.of("a", "Z", "0", "7", "_")) {
            chars.add(c);
        }
        return new ArrayList<>(chars);
    }

    /** The pattern's own characters, ASCII letters/digits/punctuation, and the tricky characters. */
    private static List<String> alphabet(String modelPattern) {
        Set<String> chars = new LinkedHashSet<>();
        modelPattern.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
        for (char c = 0x20; c < 0x7F; c++) {
            chars.add(String.valueOf(c));
        }
        chars.addAll(TRICKY);
        return new ArrayList<>(chars);
    }
}
