package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.appflowcontracts.validator.text.EditDistance;

/** {@code --list-rules} and {@code --explain}: the rule catalog for people at a terminal. */
final class RuleExplainer {

    private final List<RuleDescription> rules;

    RuleExplainer(List<RuleDescription> rules) {
        this.rules = rules;
    }

    void list(PrintWriter out) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (RuleDescription rule : rules) {
            out.printf("%-" + width + "s  %-7s  %s%n", rule.id(), rule.severity().wireName(), rule.summary());
        }
        out.flush();
    }

    Optional<RuleDescription> find(String id) {
        return rules.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
    }

    void explain(RuleDescription rule, PrintWriter out) {
        out.println(rule.id() + " (" + rule.severity().wireName() + ")");
        out.println();
        out.println("What: " + (rule.summary().isEmpty() ? rule.message() : rule.summary()));
        if (!rule.message().isEmpty() && !rule.message().equals(rule.summary())) {
            out.println("Fix:  " + rule.message());
        }
        if (!rule.explanation().isEmpty()) {
            out.println();
            out.println("Why:  " + rule.explanation());
        }
        example(out, "Failing example", rule.failingExample());
        example(out, "Fixed example", rule.fixedExample());
        out.flush();
    }

    private static void example(PrintWriter out, String title, String body) {
        if (!body.isEmpty()) {
            out.println();
            out.println(title + ":");
            body.lines().forEach(l -> out.println("  " + l));
        }
    }

    /** The closest known id to a mistyped one, for "did you mean" hints: a containing id first, else a near one. */
    Optional<String> suggest(String id) {
        String wanted = id.toUpperCase(Locale.ROOT);
        Optional<String> containing = rules.stream()
                .map(RuleDescription::id)
                .filter(candidate -> candidate.toUpperCase(Locale.ROOT).contains(wanted))
                .min(Comparator.comparingInt(String::length));
        if (containing.isPresent()) {
            return containing;
        }
        return rules.stream()
                .map(RuleDescription::id)
                .min(Comparator.comparingInt(candidate -> EditDistance.between(wanted, candidate.toUpperCase(Locale.ROOT))))
                .filter(best -> EditDistance.between(wanted, best.toUpperCase(Locale.ROOT)) <= Math.max(3, wanted.length() / 3));
    }

}
