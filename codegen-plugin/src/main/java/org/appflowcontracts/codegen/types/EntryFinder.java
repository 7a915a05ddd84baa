package org.appflowcontracts.codegen.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.appflowcontracts.codegen.model.Entry;
import org.appflowcontracts.codegen.model.SchemaDocument;
import org.appflowcontracts.codegen.model.SchemaGraph;

/**
 * Finds the entry schemas by the layout convention: {@code <Operation>Request.schema.json} and
 * {@code <Operation>Response.schema.json} at the schema root, each optionally completed by
 * {@code <Operation>Request.contract.schema.json}; and resource schemas, {@code <Name>.resource.schema.json} at
 * the schema root (the body of a resource in a template or configuration format), each its own entry named
 * {@code <Name>}.
 */
public final class EntryFinder {

    private static final String PLAIN = ".schema.json";
    private static final String CONTRACT = ".contract.schema.json";
    private static final String RESOURCE = ".resource.schema.json";

    /**
     * @param operations operations to keep; empty keeps all
     * @throws IllegalArgumentException when a requested operation has no entry schema
     */
    public List<Entry> find(SchemaGraph graph, Set<String> operations) {
        Map<String, SchemaDocument> plain = new HashMap<>();
        Map<String, SchemaDocument> contracts = new HashMap<>();
        for (SchemaDocument doc : graph.documents()) {
            String file = doc.file();
            if (file.contains("/")) {
                continue;
            }
            if (file.endsWith(RESOURCE)) {
                plain.put(file.substring(0, file.length() - RESOURCE.length()), doc);
            } else if (file.endsWith(CONTRACT)) {
                contracts.put(file.substring(0, file.length() - CONTRACT.length()), doc);
            } else if (file.endsWith(PLAIN)) {
                String name = file.substring(0, file.length() - PLAIN.length());
                if (name.endsWith("Request") || name.endsWith("Response")) {
                    plain.put(name, doc);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seenOperations = new TreeSet<>();
        for (Map.Entry<String, SchemaDocument> e : plain.entrySet()) {
            String name = e.getKey();
            String operation = operationOf(name);
            seenOperations.add(operation);
            if (!operations.isEmpty() && !operations.contains(operation)) {
                continue;
            }
            SchemaDocument contract = contracts.getOrDefault(name, e.getValue());
            entries.add(new Entry(name, operation, e.getValue(), contract));
        }
        for (String requested : operations) {
            if (!seenOperations.contains(requested)) {
                throw new IllegalArgumentException("no entry schema for operation '" + requested
                        + "' (known: " + String.join(", ", seenOperations) + ")");
            }
        }
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    /** {@code CreateFlowRequest} → {@code CreateFlow}; a resource schema's entry is its own operation. */
    private static String operationOf(String entryName) {
        if (entryName.endsWith("Request")) {
            return entryName.substring(0, entryName.length() - "Request".length());
        }
        if (entryName.endsWith("Response")) {
            return entryName.substring(0, entryName.length() - "Response".length());
        }
        return entryName;
    }
}
