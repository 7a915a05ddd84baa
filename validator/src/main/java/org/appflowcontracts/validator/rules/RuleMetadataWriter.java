package org.appflowcontracts.validator.rules;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.contracts.DocumentKind;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;

/**
 * Writes {@link RuleMetadata} for the shipped contracts; run by the build after compiling (the validator POM's
 * {@code rule-metadata} execution), never at run time. Reads the service model and the schemas, not the metadata
 * of an earlier build.
 *
 * <pre>java -cp ... org.appflowcontracts.validator.rules.RuleMetadataWriter target/classes</pre>
 */
public final class RuleMetadataWriter {

    private RuleMetadataWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleMetadataWriter CLASSES_DIRECTORY");
        }
        Path target = Path.of(args[0]).resolve(RuleMetadata.RESOURCE);
        Files.createDirectories(target.getParent());
        OperationCatalog catalog = OperationCatalog.fromServiceModel();
        List<String> entries = new ArrayList<>();
        for (DocumentKind kind : catalog.documentKinds()) {
            entries.add(kind.schemaIri());
        }
        RuleIndex index = RuleIndex.load(SchemaResources.shipped(), entries);
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            RuleMetadata.write(catalog.operations(), index, MessageData.shipped().hintedRuleIds(), out);
        }
    }
}
