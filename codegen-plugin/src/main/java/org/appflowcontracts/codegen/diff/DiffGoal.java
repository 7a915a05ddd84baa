package org.appflowcontracts.codegen.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.compare.FailOn;
import org.appflowcontracts.diff.format.DiffFormat;
import org.appflowcontracts.diff.read.ContractReader;

/** What the {@code diff} goal does, without Maven: compare, write the report, tell whether the build fails. */
record DiffGoal(Path oldContract, Path newContract, DiffFormat format, FailOn failOn, Path outputFile) {

    /** The outcome: the formatted report and whether {@code failOn} names something in it. */
    record Outcome(String report, boolean fails, String summary) {
    }

    /** @throws org.appflowcontracts.diff.read.ContractReadException when a side cannot be read */
    Outcome run() throws IOException {
        ContractDiff diff = ContractDiff.between(ContractReader.read(oldContract), ContractReader.read(newContract));
        String report = format.formatter().format(diff);
        if (outputFile != null) {
            Path parent = outputFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(outputFile, report, StandardCharsets.UTF_8);
        }
        String summary = diff.changes().size() + " contract changes, "
                + diff.count(org.appflowcontracts.diff.compare.Compatibility.BREAKING) + " breaking ("
                + oldContract + " -> " + newContract + ")";
        return new Outcome(report, failOn.fails(diff), summary);
    }
}
