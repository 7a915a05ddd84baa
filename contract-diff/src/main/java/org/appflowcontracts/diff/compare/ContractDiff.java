package org.appflowcontracts.diff.compare;

import java.util.List;
import org.appflowcontracts.diff.model.Contract;

/** The changes from one contract version to the next, in operation, side and path order. */
public record ContractDiff(String before, String after, List<Change> changes) {

    public ContractDiff {
        changes = List.copyOf(changes);
    }

    public static ContractDiff between(Contract before, Contract after) {
        return new ContractDiff(before.source(), after.source(), ContractComparer.compare(before, after));
    }

    public boolean hasBreaking() {
        return changes.stream().anyMatch(c -> c.compatibility() == Compatibility.BREAKING);
    }

    public long count(Compatibility compatibility) {
        return changes.stream().filter(c -> c.compatibility() == compatibility).count();
    }
}
