package org.appflowcontracts.validator.format.seeded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.FormatAdapters;

/**
 * Checks one seed: the planted file gets exactly the findings of the untouched file (moved with the lines the edit
 * added or removed, less those the seed says it takes away) plus the seed's own, each at its anchor, with its
 * pointer, and with a message in the file's spelling.
 */
final class SeedCheck {

    static final Path RESOURCES = Path.of("src/test/resources");

    /** The clock of the real-world files' pinned findings, before every schedule start time they hold. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static final FlowFileValidator VALIDATOR = new FlowFileValidator(FormatAdapters.standard(null),
            operation -> ContractValidator.forOperation(operation).withClock(CLOCK));

    /** A finding as compared: everything that locates and names it. */
    record Located(String ruleId, String severity, String pointer, TextPosition at) {
        @Override
        public String toString() {
            return at + " " + severity + " " + ruleId + " [" + pointer + "]";
        }
    }

    private SeedCheck() {
    }

    static void check(Seed seed) throws IOException, InputException {
        String original = Files.readString(RESOURCES.resolve(seed.file()), StandardCharsets.UTF_8);
        TextEdit.Planted planted = seed.edit().applyTo(original, seed.file());
        int editOffset = planted.offset();
        String name = Path.of(seed.file()).getFileName().toString();

        List<Violation> before = validate(original, name);
        List<Violation> after = validate(planted.text(), name);

        List<Located> expected = new ArrayList<>(kept(seed, before, planted));
        for (Seed.Expected e : seed.expected()) {
            TextPosition at = e.anchor().resolve(planted.text(), editOffset);
            expected.add(new Located(e.ruleId(), e.severity().wireName(), e.pointer(), at));
        }
        assertThat(after.stream().map(SeedCheck::located).toList()).as("findings of %s with %s", name, seed.what())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (Seed.Expected e : seed.expected()) {
            Violation v = after.stream().filter(f -> f.ruleId().equals(e.ruleId()) && f.pointer().equals(e.pointer()))
                    .findFirst().orElseThrow();
            if (!e.mentions().isEmpty()) {
                assertThat(v.message()).as("message of %s", e.ruleId()).contains(e.mentions());
            }
        }
    }

    /** The untouched file's findings that must stay, where they are in the planted file. */
    private static List<Located> kept(Seed seed, List<Violation> before, TextEdit.Planted planted) {
        List<Located> kept = new ArrayList<>();
        List<Seed.Gone> gone = new ArrayList<>(seed.gone());
        for (Violation v : before) {
            if (gone.removeIf(g -> g.ruleId().equals(v.ruleId()) && g.line() == v.line())) {
                continue;
            }
            kept.add(new Located(v.ruleId(), v.severity().wireName(), v.pointer(),
                    new TextPosition(planted.shifted(v.line()), v.column())));
        }
        assertThat(gone).as("findings the seed says it removes, which the untouched file has").isEmpty();
        return kept;
    }

    private static List<Violation> validate(String text, String name) throws InputException {
        return VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), name).violations();
    }

    private static Located located(Violation v) {
        return new Located(v.ruleId(), v.severity().wireName(), v.pointer(), new TextPosition(v.line(), v.column()));
    }
}
