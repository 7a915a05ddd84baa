package org.appflowcontracts.validator.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The name a misspelt one most likely meant, for "did you mean" hints: the candidate with the fewest edits as
 * written, within a tolerance that grows with the length of what was written (letter case costs nothing in the
 * tolerance, so a re-cased name is always close).
 */
public final class ClosestName {

    private ClosestName() {
    }

    /**
     * The candidate closest to {@code misspelt}, at most one edit per {@code perEdit} characters (at least two)
     * away ignoring case; ties go to the first in natural order. Loops rather than streams: no lambda is on a first
     * finding's path.
     */
    public static Optional<String> among(Iterable<String> candidates, String misspelt, int perEdit) {
        if (misspelt == null) {
            return Optional.empty();
        }
        int tolerance = Math.max(2, misspelt.length() / perEdit);
        String given = misspelt.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : candidates) {
            if (!withinTolerance(name, given, tolerance)) {
                continue;
            }
            int distance = EditDistance.between(name, misspelt);
            if (distance < bestDistance || distance == bestDistance && name.compareTo(best) < 0) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    // A name that keeps no character of what was written (S3 for "" or "X") is a guess, not a correction.
    private static boolean withinTolerance(String name, String given, int tolerance) {
        // The lengths alone bound the distance from below: a long value is never compared in full.
        if (Math.abs(name.length() - given.length()) > tolerance) {
            return false;
        }
        String candidate = name.toLowerCase(Locale.ROOT);
        int distance = EditDistance.between(candidate, given);
        return distance <= tolerance && distance < Math.max(candidate.length(), given.length());
    }
}
