package org.appflowcontracts.validator.format.seeded;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.Severity;

/**
 * One realistic mistake planted in one real file: the text edit, the findings it must add (each at its anchor,
 * with its pointer in the file's terms and the words its message must use) and the findings of the untouched file
 * that it legitimately takes away. Every other finding of the file must stay as it was.
 */
record Seed(MistakeKind kind, String file, String what, TextEdit edit, List<Expected> expected, List<Gone> gone) {

    /** A finding the mistake must add. */
    record Expected(String ruleId, Severity severity, String pointer, Anchor anchor, List<String> mentions) {
    }

    /** A finding of the untouched file, by rule and line there, that the mistake removes. */
    record Gone(String ruleId, int line) {
    }

    @Override
    public String toString() {
        return kind + " " + file.substring(file.lastIndexOf('/') + 1) + ": " + what;
    }

    static Builder in(String file, MistakeKind kind, String what) {
        return new Builder(file, kind, what);
    }

    /** Reads as the case it builds: {@code in(file).replace(a, b).expect(...).atEdit(...)}. */
    static final class Builder {
        private final String file;
        private final MistakeKind kind;
        private final String what;
        private TextEdit edit;
        private final List<Expected> expected = new ArrayList<>();
        private final List<Gone> gone = new ArrayList<>();
        private Expected pending;

        private Builder(String file, MistakeKind kind, String what) {
            this.file = file;
            this.kind = kind;
            this.what = what;
        }

        Builder replace(String old, String replacement) {
            return replace(old, 0, replacement);
        }

        /** Replaces the {@code occurrence}-th (0-based) {@code old}; 0 also requires it to be the only one. */
        Builder replace(String old, int occurrence, String replacement) {
            edit = new TextEdit(old, occurrence, replacement);
            return this;
        }

        Builder remove(String old) {
            return replace(old, "");
        }

        Builder remove(String old, int occurrence) {
            return replace(old, occurrence, "");
        }

        Builder expect(Severity severity, String ruleId, String pointer) {
            flush();
            pending = new Expected(ruleId, severity, pointer, null, List.of());
            return this;
        }

        Builder atEdit(String text) {
            return at(new Anchor.AtEdit(text));
        }

        Builder above(String text) {
            return at(new Anchor.Above(text));
        }

        /** The words (member names in the file's spelling, values) the message must contain. */
        Builder mentioning(String... words) {
            pending = new Expected(pending.ruleId(), pending.severity(), pending.pointer(), pending.anchor(),
                    List.of(words));
            return this;
        }

        Builder gone(String ruleId, int lineInUntouchedFile) {
            gone.add(new Gone(ruleId, lineInUntouchedFile));
            return this;
        }

        private Builder at(Anchor anchor) {
            pending = new Expected(pending.ruleId(), pending.severity(), pending.pointer(), anchor,
                    pending.mentions());
            return this;
        }

        private void flush() {
            if (pending != null) {
                if (pending.anchor() == null) {
                    throw new IllegalStateException(what + ": " + pending.ruleId() + " has no anchor");
                }
                expected.add(pending);
                pending = null;
            }
        }

        Seed build() {
            flush();
            if (edit == null || expected.isEmpty()) {
                throw new IllegalStateException(what + ": a seed has one edit and at least one expected finding");
            }
            return new Seed(kind, file, what, edit, List.copyOf(expected), List.copyOf(gone));
        }
    }
}
