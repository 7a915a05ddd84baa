package org.appflowcontracts.validator.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.parse.JsonPointers;
import tools.jackson.databind.JsonNode;

/** Adds to a finding's message the hints of the message data that fit its rule, member and value. */
public final class MessageHints {

    private MessageHints() {
    }

    /**
     * The message followed by every fitting hint: after a sentence (a rule's message) as sentences of their own,
     * after a fragment (a type-level message) joined with {@code ;}.
     */
    public static String append(String message, String ruleId, RawFailure failure, JsonNode value) {
        List<String> hints = hints(ruleId, failure, value);
        StringBuilder out = new StringBuilder(message);
        for (String hint : hints) {
            if (out.toString().endsWith(".")) {
                out.append(' ').append(hint.substring(0, 1).toUpperCase(Locale.ROOT)).append(hint.substring(1)).append('.');
            } else {
                out.append("; ").append(hint);
            }
        }
        return out.toString();
    }

    /** Whether a hint fits the finding: it then says what is wrong with the value, not only that it is wrong. */
    public static boolean explains(String ruleId, RawFailure failure, JsonNode value) {
        return !hints(ruleId, failure, value).isEmpty();
    }

    private static List<String> hints(String ruleId, RawFailure failure, JsonNode value) {
        // The build lists the rule ids that have hints: a finding of another rule does not read the message data.
        Optional<RuleMetadata> metadata = RuleMetadata.shipped();
        if (metadata.isPresent() && (ruleId == null || !metadata.get().hintedRuleIds().contains(ruleId))) {
            return List.of();
        }
        return MessageData.shipped().hints(ruleId, lastToken(failure.pointer()), failure.expected(),
                value == null || value.isMissingNode() ? null : value);
    }

    private static String lastToken(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? null : JsonPointers.unescape(pointer.substring(slash + 1));
    }
}
