package org.appflowcontracts.diff;

import static org.appflowcontracts.diff.Trees.enumOf;
import static org.appflowcontracts.diff.Trees.integer;
import static org.appflowcontracts.diff.Trees.onlyChange;
import static org.appflowcontracts.diff.Trees.response;
import static org.appflowcontracts.diff.Trees.string;
import static org.appflowcontracts.diff.Trees.structure;
import static org.assertj.core.api.Assertions.assertThat;

import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.Compatibility;
import org.appflowcontracts.diff.model.Contract;
import org.appflowcontracts.diff.model.Side;
import org.junit.jupiter.api.Test;

/** Response side: a change is breaking when a reader written for the old response can be surprised now. */
class ResponseCompatibilityTest {

    private static final Contract BASE = response(structure("status!", enumOf("Active", "Draft"),
            "size", integer(1L, 100L)));

    @Test
    void aRemovedMemberIsBreaking() {
        Change change = onlyChange(BASE, response(structure("status!", enumOf("Active", "Draft"))));
        assertThat(change.side()).isEqualTo(Side.RESPONSE);
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aNewEnumValueIsBreaking() {
        Change change = onlyChange(BASE, response(structure("status!", enumOf("Active", "Draft", "Errored"),
                "size", integer(1L, 100L))));
        assertThat(change).isInstanceOf(Change.EnumValuesAdded.class);
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aRemovedEnumValueIsCompatible() {
        Change change = onlyChange(BASE, response(structure("status!", enumOf("Active"),
                "size", integer(1L, 100L))));
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aNewMemberIsCompatibleEvenWhenAlwaysSent() {
        Change change = onlyChange(BASE, response(structure("status!", enumOf("Active", "Draft"),
                "size", integer(1L, 100L), "owner!", string())));
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aWidenedBoundIsBreaking() {
        Change change = onlyChange(BASE, response(structure("status!", enumOf("Active", "Draft"),
                "size", integer(1L, 1000L))));
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }

    @Test
    void aNarrowedBoundIsCompatible() {
        Change change = onlyChange(BASE, response(structure("status!", enumOf("Active", "Draft"),
                "size", integer(1L, 50L))));
        assertThat(change.compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void aMemberThatBecameOptionalIsBreaking() {
        Change change = onlyChange(BASE, response(structure("status", enumOf("Active", "Draft"),
                "size", integer(1L, 100L))));
        assertThat(change).isInstanceOf(Change.RequiredChanged.class);
        assertThat(change.compatibility()).isEqualTo(Compatibility.BREAKING);
    }
}
