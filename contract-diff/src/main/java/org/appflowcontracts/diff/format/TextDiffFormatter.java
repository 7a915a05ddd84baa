package org.appflowcontracts.diff.format;

import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.Compatibility;
import org.appflowcontracts.diff.compare.ContractDiff;

/** {@code breaking   CreateFlow request sourceFlowConfig.x: added (integer, required)}, then a summary line. */
final class TextDiffFormatter implements DiffFormatter {

    @Override
    public String format(ContractDiff diff) {
        StringBuilder out = new StringBuilder();
        for (Change change : diff.changes()) {
            DescribedChange described = ChangeDescriber.describe(change);
            out.append(String.format("%-10s %s %s %s: %s\n", change.compatibility().label(), change.operation(),
                    change.side().label(), change.path().display(), described.detail()));
        }
        out.append(Summary.of(diff) + "\n");
        return out.toString();
    }
}
