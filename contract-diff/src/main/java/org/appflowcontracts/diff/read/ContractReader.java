package org.appflowcontracts.diff.read;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.diff.model.Contract;

/** Reads one side of a diff: a directory is a contracts folder, a file an AWS service model. */
public final class ContractReader {

    private ContractReader() {
    }

    public static Contract read(Path path) {
        if (Files.isDirectory(path)) {
            return ContractsFolderReader.read(path);
        }
        if (Files.isRegularFile(path)) {
            return AwsModelReader.read(path);
        }
        throw new ContractReadException(path.toString(), "", "no such file or directory");
    }
}
