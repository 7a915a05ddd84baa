package org.appflowcontracts.validator.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.contracts.SchemaResources;

/**
 * What a first validation needs to know about the shipped contracts, worked out at build time
 * ({@link RuleMetadataWriter}) so that a fresh process reads a few kilobytes of text instead of parsing the AWS
 * service model and every schema document: the operation names, and the rule nodes of every document reachable
 * from the shipped entries (the owners of failing keywords, with id, severity and message), and the rule ids
 * the message data has hints for (so that a finding of any other rule does not read that data). Summaries'
 * explanations and examples stay in the schemas; the rule catalog reads them when a listing needs them.
 *
 * <p>One record per line, fields separated by tabs, {@code \t \n \r \\} escaped:
 * {@code operation NAME}, {@code document IRI}, {@code rule IRI POINTER ID SEVERITY REPORTED_AS SUMMARY MESSAGE},
 * {@code hinted RULE_ID}.
 */
public final class RuleMetadata {

    /** Where the build writes it, on the classpath. */
    public static final String RESOURCE = "org/appflowcontracts/validator/rules/shipped-rule-metadata.tsv";

    private static final Optional<RuleMetadata> SHIPPED = read();

    private final List<String> operations;
    private final Map<String, Map<String, RuleInfo>> rulesByDocument;
    private final Set<String> hintedRuleIds;
    private volatile RuleIndex index;

    private RuleMetadata(List<String> operations, Map<String, Map<String, RuleInfo>> rulesByDocument,
            Set<String> hintedRuleIds) {
        this.operations = List.copyOf(operations);
        this.rulesByDocument = rulesByDocument;
        this.hintedRuleIds = Set.copyOf(hintedRuleIds);
    }

    /** The rule ids {@link MessageData} has hints for. */
    public Set<String> hintedRuleIds() {
        return hintedRuleIds;
    }

    /** The build's metadata of the shipped contracts; empty when running from classes the build did not finish. */
    public static Optional<RuleMetadata> shipped() {
        return SHIPPED;
    }

    /** The operation names of the service model, sorted. */
    public List<String> operations() {
        return operations;
    }

    /** The rule index of the shipped contracts; schema documents are read only when a message needs one. */
    public RuleIndex index() {
        RuleIndex result = index;
        if (result == null) {
            result = RuleIndex.precomputed(rulesByDocument, SchemaResources.shipped());
            index = result;
        }
        return result;
    }

    static void write(List<String> operations, RuleIndex index, Set<String> hintedRuleIds, Writer out)
            throws IOException {
        for (String operation : operations) {
            line(out, "operation", operation);
        }
        for (String document : index.documents()) {
            line(out, "document", document);
        }
        for (RuleInfo rule : index.ruleNodes()) {
            line(out, "rule", rule.schemaDocument(), rule.schemaPointer(), rule.id(), rule.severity().wireName(),
                    rule.reportedAs() == null ? "" : rule.reportedAs(), rule.summary(), rule.message());
        }
        for (String ruleId : new TreeSet<>(hintedRuleIds)) {
            line(out, "hinted", ruleId);
        }
    }

    static void line(Writer out, String... fields) throws IOException {
        List<String> escaped = new ArrayList<>();
        for (String field : fields) {
            escaped.add(field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
        }
        out.write(String.join("\t", escaped));
        out.write('\n');
    }

    private static Optional<RuleMetadata> read() {
        try (InputStream in = RuleMetadata.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleMetadata parse(BufferedReader lines) throws IOException {
        List<String> operations = new ArrayList<>();
        Map<String, Map<String, RuleInfo>> rules = new TreeMap<>();
        Set<String> hinted = new HashSet<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "operation" -> operations.add(f[1]);
                case "document" -> rules.put(f[1], new LinkedHashMap<>());
                case "rule" -> rules.get(f[1]).put(f[2], new RuleInfo(f[3], Severity.fromWireName(f[4]), f[6], f[7],
                        null, null, null, f[5].isEmpty() ? null : f[5], f[1], f[2]));
                case "hinted" -> hinted.add(f[1]);
                default -> throw new IllegalStateException(RESOURCE + ": unknown record " + f[0]);
            }
        }
        for (Map.Entry<String, Map<String, RuleInfo>> document : rules.entrySet()) {
            document.setValue(Collections.unmodifiableMap(document.getValue()));
        }
        return new RuleMetadata(operations, Collections.unmodifiableMap(rules), hinted);
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
