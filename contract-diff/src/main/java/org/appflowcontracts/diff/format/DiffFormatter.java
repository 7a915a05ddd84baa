package org.appflowcontracts.diff.format;

import org.appflowcontracts.diff.compare.ContractDiff;

/** Writes a diff in one output format. Formatters only lay out the typed changes; they never read contracts. */
public interface DiffFormatter {

    String format(ContractDiff diff);
}
