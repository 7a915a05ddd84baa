package org.appflowcontracts.diff;

import static org.appflowcontracts.diff.Trees.enumOf;
import static org.appflowcontracts.diff.Trees.integer;
import static org.appflowcontracts.diff.Trees.maxLength;
import static org.appflowcontracts.diff.Trees.onlyChange;
import static org.appflowcontracts.diff.Trees.pattern;
import static org.appflowcontracts.diff.Trees.request;
import static org.appflowcontracts.diff.Trees.string;
import static org.appflowcontracts.diff.Trees.structure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.Compatibility;
import org.appflowcontracts.diff.compare.Direction;
import org.appflowcontracts.diff.model.Contract;
import org.junit.jupiter.api.Test;

/** Request side: a change is breaking when a request that passed before can fail now. */
class RequestCompatibilityTest {

    private static final Contract BASE = request(structure("name!", string(), "kind", enumOf("A", "B")));

    @Test
    void aNewRequiredMemberIsBreaking() {
        Change change = onlyChange(BASE, request(structure("name!", string(), "kind", enumOf("A", "B"),
                "owner!", string())));
        assertThat(change).isInstanceOf(Change.MemberAdded.class);
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aNewOptionalMemberIsCompatible() {
        Change change = onlyChange(BASE, request(structure("name!", string(), "kind", enumOf("A", "B"),
                "owner", string())));
        assertThat(change).isInstanceOf(Change.MemberAdded.class);
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aRemovedMemberIsBreaking() {
        Change change = onlyChange(BASE, request(structure("name!", string())));
        assertThat(change).isInstanceOf(Change.MemberRemoved.class);
        assertThat(change.path().display()).isEqualTo("kind");
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aRemovedEnumValueIsBreaking() {
        Change change = onlyChange(BASE, request(structure("name!", string(), "kind", enumOf("A"))));
        assertThat(change).isEqualTo(new Change.EnumValuesRemoved("Op", change.side(), change.path(),
                java.util.List.of("B")));
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void anAddedEnumValueIsCompatible() {
        Change change = onlyChange(BASE, request(structure("name!", string(), "kind", enumOf("A", "B", "C"))));
        assertThat(change).isInstanceOf(Change.EnumValuesAdded.class);
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aNarrowedRangeIsBreaking() {
        Change change = onlyChange(request(structure("size", integer(1L, 10000L))),
                request(structure("size", integer(1L, 1000L))));
        assertThat(((Change.BoundChanged) change).direction()).isEqualTo(Direction.NARROWED);
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aRaisedMinimumIsBreaking() {
        Change change = onlyChange(request(structure("size", integer(0L, 10L))),
                request(structure("size", integer(1L, 10L))));
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aNarrowedLengthIsBreaking() {
        Change change = onlyChange(request(structure("name", maxLength(256))),
                request(structure("name", maxLength(128))));
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aWidenedBoundIsCompatible() {
        Change change = onlyChange(request(structure("size", integer(1L, 1000L))),
                request(structure("size", integer(1L, null))));
        assertThat(((Change.BoundChanged) change).direction()).isEqualTo(Direction.WIDENED);
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aNewPatternIsBreaking() {
        Change change = onlyChange(request(structure("name", string())),
                request(structure("name", pattern("[a-z]+"))));
        assertThat(change).isInstanceOf(Change.PatternChanged.class);
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aReplacedPatternIsBreakingBecauseItCannotBeProvedWider() {
        Change change = onlyChange(request(structure("name", pattern("[a-z]+"))),
                request(structure("name", pattern("[a-z0-9]+"))));
        assertThat(((Change.PatternChanged) change).direction()).isEqualTo(Direction.CHANGED);
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aDroppedPatternIsCompatible() {
        Change change = onlyChange(request(structure("name", pattern("[a-z]+"))),
                request(structure("name", string())));
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aMemberThatBecameRequiredIsBreaking() {
        Change change = onlyChange(BASE, request(structure("name!", string(), "kind!", enumOf("A", "B"))));
        assertThat(change).isEqualTo(new Change.RequiredChanged("Op", change.side(), change.path(), true));
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aMemberThatBecameOptionalIsCompatible() {
        Change change = onlyChange(BASE, request(structure("name", string(), "kind", enumOf("A", "B"))));
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aChangedTypeIsBreaking() {
        Change change = onlyChange(request(structure("size", integer(null, null))),
                request(structure("size", string())));
        assertThat(change).isEqualTo(new Change.TypeChanged("Op", change.side(), change.path(), "integer", "string"));
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aNewErrorRuleIsBreaking() {
        Change change = onlyChange(rules(Map.of()), rules(Map.of("TEAM_TAG", "error")));
        assertThat(change).isEqualTo(new Change.RuleAdded("Op", "TEAM_TAG", "error"));
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aNewWarningRuleIsCompatible() {
        Change change = onlyChange(rules(Map.of()), rules(Map.of("TEAM_TAG", "warning")));
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aRuleRaisedToErrorIsBreaking() {
        Change change = onlyChange(rules(Map.of("TEAM_TAG", "warning")), rules(Map.of("TEAM_TAG", "error")));
        assertThat(change).isEqualTo(new Change.RuleSeverityChanged("Op", "TEAM_TAG", "warning", "error"));
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aRemovedRuleIsCompatible() {
        Change change = onlyChange(rules(Map.of("TEAM_TAG", "error")), rules(Map.of()));
        assertThat(change).isInstanceOf(Change.RuleRemoved.class);
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aRemovedOperationIsBreakingAndANewOneIsNot() {
        Contract none = new Contract("test", Map.of());
        assertThat(onlyChange(BASE, none).compatibility()).isEqualTo(Compatibility.BREAKING);
        assertThat(onlyChange(none, BASE).compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    private static Contract rules(Map<String, String> rules) {
        return Trees.contract(structure(), structure(), rules);
    }
}
