package org.appflowcontracts.validator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.validator.contracts.DocumentKind;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.format.cloudformation.CloudFormationAdapter;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.format.resource.ResourceSchemaCheck;
import org.appflowcontracts.validator.format.terraform.TerraformAdapter;
import org.appflowcontracts.validator.rules.ClockRules;
import org.appflowcontracts.validator.rules.MessageData;
import org.appflowcontracts.validator.rules.MessageSchemas;
import org.appflowcontracts.validator.rules.RuleIndex;
import org.appflowcontracts.validator.rules.RuleMetadata;
import org.appflowcontracts.validator.tables.MessageSchemaTable;
import org.appflowcontracts.validator.tables.StartupTables;
import org.appflowcontracts.validator.tables.StartupTablesSource;

/**
 * Works out the {@link StartupTables} from the service model and the schemas — never from an earlier build's
 * tables — and writes their Java source; run by the build after compiling (the validator POM's
 * {@code startup-tables} execution, which then compiles what it wrote), never at run time.
 *
 * <pre>java -cp ... org.appflowcontracts.validator.StartupTablesWriter target/generated-sources/startup-tables</pre>
 */
public final class StartupTablesWriter {

    private StartupTablesWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StartupTablesWriter SOURCE_DIRECTORY");
        }
        OperationCatalog catalog = OperationCatalog.fromServiceModel();
        RuleIndex index = shippedIndex(catalog);
        StartupTablesSource.of(tables(catalog, index)).writeTo(Path.of(args[0]));
        StartupTablesSource.of(MessageSchemaTable.GENERATED_CLASS, MessageSchemaTable.class,
                Map.of("messageSchemas", messageSchemas(index))).writeTo(Path.of(args[0]));
    }

    /**
     * The message parts of the schema objects of the shipped contracts' documents and the formats' resource
     * schemas ({@link MessageSchemas}), a class of its own: loaded on a first type-level finding only.
     */
    static List<String[]> messageSchemas() {
        return messageSchemas(shippedIndex(OperationCatalog.fromServiceModel()));
    }

    private static List<String[]> messageSchemas(RuleIndex index) {
        List<String> documents = new ArrayList<>(index.documents());
        documents.addAll(ResourceSchemaCheck.shippedSchemaIris());
        return MessageSchemas.records(index, documents, SchemaResources.shipped());
    }

    private static RuleIndex shippedIndex(OperationCatalog catalog) {
        List<String> entries = new ArrayList<>();
        for (DocumentKind kind : catalog.documentKinds()) {
            entries.add(kind.schemaIri());
        }
        return RuleIndex.load(SchemaResources.shipped(), entries);
    }

    /** The tables, keyed by the {@link StartupTables} method that returns each. */
    static Map<String, List<String[]>> tables() {
        OperationCatalog catalog = OperationCatalog.fromServiceModel();
        return tables(catalog, shippedIndex(catalog));
    }

    private static Map<String, List<String[]>> tables(OperationCatalog catalog, RuleIndex index) {
        Map<String, List<String[]>> tables = new LinkedHashMap<>();
        tables.put("ruleMetadata",
                RuleMetadata.records(catalog.operations(), index, MessageData.shipped().hintedRuleIds()));
        tables.put("documentKinds", DocumentKinds.records(DocumentKinds.fromResource()));
        tables.put("clockRules", ClockRules.records(ClockRules.fromResource()));
        tables.put("apiShapes", ApiShapes.fromSchema().records());
        List<String[]> mappings = new ArrayList<>();
        List<String> formats = new ArrayList<>(List.of(CloudFormationAdapter.FORMAT));
        formats.addAll(TerraformAdapter.FORMATS);
        for (String format : formats) {
            // Compact JSON text: a mapping is a few small objects, read once per process.
            mappings.add(new String[] {format, FormatMapping.fromSchemas(format).toString()});
        }
        tables.put("formatMappings", mappings);
        return tables;
    }
}
