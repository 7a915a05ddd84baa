package org.appflowcontracts.diff.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.appflowcontracts.diff.model.Contract;
import org.appflowcontracts.diff.model.Node;
import org.appflowcontracts.diff.model.Operation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a contracts folder ({@code appflow/2020-08-23/}: {@code shapes.schema.json}, the entry schema of each
 * operation's request and response, and the rule overlays its {@code <Operation>Request.contract.schema.json}
 * lists) into a {@link Contract}.
 */
public final class ContractsFolderReader {

    private static final Pattern ENTRY = Pattern.compile("(\\w+)(Request|Response)\\.schema\\.json");

    private ContractsFolderReader() {
    }

    public static Contract read(Path folder) {
        Path shapesFile = folder.resolve("shapes.schema.json");
        if (!Files.isRegularFile(shapesFile)) {
            throw new ContractReadException(folder.toString(), "",
                    "not a contracts folder (no shapes.schema.json) and not a service model file");
        }
        SchemaShapes shapes = new SchemaShapes(shapesFile.toString(), JsonFiles.read(shapesFile));
        Map<String, Map<String, Node>> sides = entries(folder, shapes);
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Node>> op : sides.entrySet()) {
            Node request = op.getValue().getOrDefault("Request", Node.emptyStructure());
            Node response = op.getValue().getOrDefault("Response", Node.emptyStructure());
            RuleOverlays.Rules rules = RuleOverlays.forContract(folder, op.getKey() + "Request.contract.schema.json");
            operations.put(op.getKey(),
                    new Operation(op.getKey(), request, response, rules.severities(), rules.checks()));
        }
        return new Contract(folder.toString(), operations);
    }

    private static Map<String, Map<String, Node>> entries(Path folder, SchemaShapes shapes) {
        Map<String, Map<String, Node>> sides = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = ENTRY.matcher(file.getFileName().toString());
                if (m.matches()) {
                    sides.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                            .put(m.group(2), shapes.entry(file.toString(), JsonFiles.read(file)));
                }
            }
        } catch (IOException e) {
            throw new ContractReadException(folder.toString(), "cannot list: " + e.getMessage(), e);
        }
        return sides;
    }
}
