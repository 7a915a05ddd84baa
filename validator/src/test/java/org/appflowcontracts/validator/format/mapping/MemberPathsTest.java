package org.appflowcontracts.validator.format.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scan finds exactly the paths the regular expression it stands for finds. */
class MemberPathsTest {

    /** The paths as a regular expression: the specification the scan is held to. */
    private static final Pattern PATH =
            Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");
    private static final String ALPHABET = "aZ_9.' -é\n(b0C";

    @Test
    void findsThePathsOfMessages() {
        assertThat(spans("Set S3.bucketPrefix to 'x'.")).containsExactly("Set", "S3.bucketPrefix", "to", "x");
        assertThat(spans("a.9 9abc .b _x.y. é1z éz")).containsExactly("a", "_x.y", "z");
        assertThat(spans("")).isEmpty();
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String message = text.toString();
            assertThat(spans(message)).as(message).isEqualTo(regexSpans(message));
        }
    }

    private static List<String> spans(String message) {
        List<String> found = new ArrayList<>();
        int done = 0;
        for (int start = MemberPaths.next(message, 0); start >= 0; start = MemberPaths.next(message, done)) {
            done = MemberPaths.end(message, start);
            found.add(message.substring(start, done));
        }
        return found;
    }

    private static List<String> regexSpans(String message) {
        List<String> found = new ArrayList<>();
        Matcher m = PATH.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
