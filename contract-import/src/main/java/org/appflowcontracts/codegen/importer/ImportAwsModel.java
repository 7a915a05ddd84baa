package org.appflowcontracts.codegen.importer;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Command line: {@code ImportAwsModel <model.json> <outputDir>}. Exit 0 on success, 1 on bad input, 2 on usage. */
public final class ImportAwsModel {

    private ImportAwsModel() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ImportAwsModel <model.json> <outputDir>");
            return 2;
        }
        try {
            int count = AwsModelImporter.importModel(Path.of(args[0]), Path.of(args[1])).size();
            System.out.println("wrote " + count + " schema files to " + args[1]);
            return 0;
        } catch (ModelFormatException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
