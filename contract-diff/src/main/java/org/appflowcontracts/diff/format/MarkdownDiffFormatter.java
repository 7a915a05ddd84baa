package org.appflowcontracts.diff.format;

import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.Compatibility;
import org.appflowcontracts.diff.compare.ContractDiff;

/** A Markdown table of the changes, for review comments and release notes. */
final class MarkdownDiffFormatter implements DiffFormatter {

    @Override
    public String format(ContractDiff diff) {
        StringBuilder out = new StringBuilder("## Contract changes\n\n");
        out.append(Summary.of(diff) + ".\n\n");
        if (diff.changes().isEmpty()) {
            return out.toString();
        }
        out.append("| Operation | Side | Member | Change | Compatibility |\n");
        out.append("|---|---|---|---|---|\n");
        for (Change change : diff.changes()) {
            out.append("| ").append(change.operation())
                    .append(" | ").append(change.side().label())
                    .append(" | `").append(cell(change.path().display()))
                    .append("` | ").append(cell(ChangeDescriber.describe(change).detail()))
                    .append(" | ").append(change.compatibility() == Compatibility.BREAKING ? "**breaking**"
                            : "compatible")
                    .append(" |\n");
        }
        return out.toString();
    }

    // A pipe would end the cell; backticks would open code spans.
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`");
    }
}
