package org.appflowcontracts.diff.format;

import org.appflowcontracts.diff.compare.Compatibility;
import org.appflowcontracts.diff.compare.ContractDiff;

/** {@code 1 change, 0 breaking} / {@code 8 changes, 8 breaking}. */
final class Summary {

    private Summary() {
    }

    static String of(ContractDiff diff) {
        int changes = diff.changes().size();
        return changes + (changes == 1 ? " change, " : " changes, ") + diff.count(Compatibility.BREAKING)
                + " breaking";
    }
}
