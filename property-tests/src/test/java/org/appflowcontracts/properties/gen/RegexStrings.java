package org.appflowcontracts.properties.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Draws strings from the structure of a model pattern: literals, escapes, character classes (printable ASCII
 * members), groups with alternation and the quantifiers {@code * + ? {m,n}}; anchors and lookaheads produce
 * nothing. Callers check the result against the pattern itself, so this only has to be usually right.
 */
final class RegexStrings {

    private sealed interface Node permits Literal, CharClass, Sequence, Alternation, Repeat {
    }

    private record Literal(String text) implements Node {
    }

    private record CharClass(char[] members) implements Node {
    }

    private record Sequence(List<Node> items) implements Node {
    }

    private record Alternation(List<Node> branches) implements Node {
    }

    private record Repeat(Node node, int min, int max) implements Node {
    }

    private final String regex;
    private int at;

    private RegexStrings(String regex) {
        this.regex = regex;
    }

    /** A candidate string for the pattern, or null when the pattern uses syntax outside this subset. */
    static String draw(String regex, Random random) {
        try {
            RegexStrings parser = new RegexStrings(regex);
            Node root = parser.alternation();
            StringBuilder out = new StringBuilder();
            return emit(root, random, out) ? out.toString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Node alternation() {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : new Alternation(branches);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Node atom = atom();
            items.add(quantified(atom));
        }
        return new Sequence(items);
    }

    private Node atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '^', '$' -> {
                at++;
                return new Literal("");
            }
            case '(' -> {
                at++;
                boolean lookaround = false;
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (regex.startsWith("?!", at) || regex.startsWith("?=", at)) {
                    at += 2;
                    lookaround = true;
                }
                Node inner = alternation();
                expect(')');
                return lookaround ? new Literal("") : inner;
            }
            case '[' -> {
                int close = classEnd();
                String body = regex.substring(at + 1, close);
                at = close + 1;
                Pattern klass = Pattern.compile("[" + body + "]");
                StringBuilder members = new StringBuilder();
                for (char m = ' '; m <= '~'; m++) {
                    if (klass.matcher(String.valueOf(m)).matches()) {
                        members.append(m);
                    }
                }
                return new CharClass(members.toString().toCharArray());
            }
            case '\\' -> {
                at++;
                char e = regex.charAt(at++);
                return switch (e) {
                    case 'u' -> {
                        char u = (char) Integer.parseInt(regex.substring(at, at + 4), 16);
                        at += 4;
                        yield new Literal(String.valueOf(u));
                    }
                    case 'n' -> new Literal("\n");
                    case 'r' -> new Literal("\r");
                    case 't' -> new Literal("\t");
                    default -> {
                        if (Character.isLetterOrDigit(e)) {
                            throw new IllegalArgumentException("escape \\" + e);
                        }
                        yield new Literal(String.valueOf(e));
                    }
                };
            }
            case '.' -> {
                at++;
                return new CharClass("abcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray());
            }
            default -> {
                at++;
                return new Literal(String.valueOf(c));
            }
        }
    }

    private Node quantified(Node atom) {
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        Node result = atom;
        if (c == '*' || c == '+' || c == '?') {
            at++;
            result = new Repeat(atom, c == '+' ? 1 : 0, c == '?' ? 1 : -1);
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            at = close + 1;
            int min = Integer.parseInt(bounds[0]);
            int max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
            result = new Repeat(atom, min, max);
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+') && result != atom) {
            at++; // lazy or possessive: same strings
        }
        return result;
    }

    private int classEnd() {
        for (int i = at + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > at + 1) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed class");
    }

    private void expect(char c) {
        if (at >= regex.length() || regex.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at);
        }
        at++;
    }

    private static boolean emit(Node node, Random random, StringBuilder out) {
        if (node instanceof Literal literal) {
            out.append(literal.text());
            return true;
        }
        if (node instanceof CharClass klass) {
            if (klass.members().length == 0) {
                return false;
            }
            out.append(klass.members()[random.nextInt(klass.members().length)]);
            return true;
        }
        if (node instanceof Sequence sequence) {
            for (Node item : sequence.items()) {
                if (!emit(item, random, out)) {
                    return false;
                }
            }
            return true;
        }
        if (node instanceof Alternation alternation) {
            List<Node> branches = new ArrayList<>(alternation.branches());
            java.util.Collections.shuffle(branches, random);
            for (Node branch : branches) {
                int mark = out.length();
                if (emit(branch, random, out)) {
                    return true;
                }
                out.setLength(mark);
            }
            return false;
        }
        Repeat repeat = (Repeat) node;
        int max = repeat.max() < 0 ? repeat.min() + 8 : Math.min(repeat.max(), repeat.min() + 8);
        int count = repeat.min() + random.nextInt(max - repeat.min() + 1);
        for (int i = 0; i < count; i++) {
            int mark = out.length();
            if (!emit(repeat.node(), random, out)) {
                out.setLength(mark);
                return i >= repeat.min();
            }
        }
        return true;
    }
}
