package org.appflowcontracts.codegen.types;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Words that generated names keep whole where the letter rules of {@link JavaNames#words} would cut them
 * ({@code OData}, so that {@code SAPOData} reads SAP OData). No letter rule can tell SAP+OData from KMS+Arn,
 * so the words are data: the schema directory's naming file lists them.
 *
 * @param words the words, longest first (ties in alphabetical order) so that a longer word wins where two start
 *              at the same position
 */
public record NamingWords(List<String> words) {

    /** A word: an ASCII letter, then ASCII letters and digits. */
    public static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private static final NamingWords NONE = new NamingWords(List.of());

    public NamingWords {
        for (String word : words) {
            if (!WORD.matcher(word).matches()) {
                throw new IllegalArgumentException("'" + word + "' is not a word of ASCII letters and digits");
            }
        }
        words = words.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** No words: names split by the letter rules alone. */
    public static NamingWords none() {
        return NONE;
    }

    public static NamingWords of(String... words) {
        return new NamingWords(List.of(words));
    }

    /**
     * The word that starts at {@code index} of {@code name} and ends where a word may end: at the end of the name or
     * before anything but a lowercase letter ({@code OData} is not the start of {@code ODatabase}). A word that
     * starts with a lowercase letter or a digit only matches where no letter or digit precedes it, since there it
     * would continue the word before it.
     */
    Optional<String> at(String name, int index) {
        for (String word : words) {
            int end = index + word.length();
            boolean starts = Character.isUpperCase(word.charAt(0)) || index == 0
                    || !isAsciiLetterOrDigit(name.charAt(index - 1));
            if (starts && name.startsWith(word, index)
                    && (end == name.length() || !Character.isLowerCase(name.charAt(end)))) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
