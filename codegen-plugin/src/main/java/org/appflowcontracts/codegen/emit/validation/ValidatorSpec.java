package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.emit.Javadoc;
import org.appflowcontracts.codegen.model.Entry;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaNode;
import org.appflowcontracts.codegen.regex.Dfa;
import org.appflowcontracts.codegen.types.JavaNames;

/**
 * Compiles the contract of each entry into straight-line Java: a public {@code <Entry>Validator} per entry and
 * one package-private {@code <Document>Checks} class per schema document reached, with one static method per
 * (schema node, {@link Mode}). Only nodes reachable from the entries are compiled. The code is generated twice:
 * the first time to learn which method calls which, from which {@link LoadingUnits} decides the nested classes
 * the second time puts the methods in.
 */
public final class ValidatorSpec {

    static final ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");

    private final SchemaGraph graph;
    private final String packageName;
    private final Map<String, DocumentClass> documents = new LinkedHashMap<>();
    private final Deque<Request> work = new ArrayDeque<>();
    private final Set<Request> requested = new HashSet<>();
    // The rules repeat patterns (a bucket-name pattern appears a dozen times): each is compiled to an automaton once.
    private final Map<String, Optional<Dfa>> automata;
    private final CallGraph<Request> calls = new CallGraph<>();
    /** The nested class of each method that goes into one (empty while the calls are being learnt). */
    private Map<Request, String> units = Map.of();
    private final Map<String, String> unitJavadocs = new HashMap<>();
    private final PathNames pathNames;
    /** The method being generated; null while the entry validators are. */
    private Request current;

    record Request(SchemaNode node, Mode mode) {}

    public ValidatorSpec(SchemaGraph graph, String packageName) {
        this(graph, packageName, new HashMap<>());
    }

    private ValidatorSpec(SchemaGraph graph, String packageName, Map<String, Optional<Dfa>> automata) {
        this.graph = graph;
        this.packageName = packageName;
        this.automata = automata;
        this.pathNames = new PathNames(packageName);
    }

    public List<TypeSpec> emit(List<Entry> entries) {
        ValidatorSpec survey = new ValidatorSpec(graph, packageName, automata);
        survey.generate(entries);
        nameUnits(survey, LoadingUnits.assign(survey.calls, LoadingUnits.FAN_OUT, LoadingUnits.MIN_SIZE));
        return generate(entries);
    }

    /**
     * The nested class of each unit's methods: named after the schema definition of its first method (a shape, a
     * rule) in upper camel case, numbered when a definition has several, unique within its document.
     */
    private void nameUnits(ValidatorSpec survey, Map<Request, LoadingUnits.Unit<Request>> assigned) {
        Map<LoadingUnits.Unit<Request>, String> names = new HashMap<>();
        Map<String, Set<String>> taken = new HashMap<>();
        for (LoadingUnits.Unit<Request> unit : new LinkedHashSet<>(assigned.values())) {
            SchemaNode first = unit.first().node();
            DocumentClass doc = survey.documents.get(first.location().file());
            Set<String> used = taken.computeIfAbsent(doc.file(), f -> new HashSet<>(
                    Set.of(doc.documentName().simpleName(), DocumentClass.COMMON)));
            String base = unitBase(first.location().pointer(), doc.methodName(first.location(), unit.first().mode()));
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + n;
            }
            names.put(unit, name);
            String where = "{@code " + Javadoc.escape(first.location().toString()) + "}";
            unitJavadocs.put(doc.file() + " " + name, unit.shared()
                    ? "Checks reached from the same entries as " + where + ": loaded on their first call."
                    : "Checks reached only through " + where + ": loaded on their first call.");
        }
        Map<Request, String> byMethod = new HashMap<>();
        assigned.forEach((method, unit) -> byMethod.put(method, names.get(unit)));
        units = byMethod;
    }

    /** {@code /$defs/SalesforceSourceProperties/...} → {@code SalesforceSourceProperties}, {@code MAP_TASK} → {@code MapTask}. */
    private static String unitBase(String pointer, String methodName) {
        String[] steps = pointer.split("/");
        String word = steps.length > 2 && steps[1].equals("$defs") ? steps[2] : methodName;
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            word = word.toLowerCase(Locale.ROOT);
        }
        return JavaNames.type(word);
    }

    private List<TypeSpec> generate(List<Entry> entries) {
        List<TypeSpec> out = new ArrayList<>();
        for (Entry entry : entries) {
            MethodRef root = method(entry.contract().root(), Mode.CHECK);
            out.add(entryValidator(entry, root));
        }
        out.add(new RegistrySpec(packageName).emit(entries));
        while (!work.isEmpty()) {
            Request next = work.poll();
            compile(next.node(), next.mode());
        }
        documents.values().stream()
                .sorted(Comparator.comparing(d -> d.documentName().simpleName()))
                .forEach(d -> out.add(d.build()));
        // Last: the names are numbered as the code above stepped into them.
        out.add(pathNames.emit());
        return out;
    }

    /** The numbered member names of this package's path steps. */
    PathNames pathNames() {
        return pathNames;
    }

    /** The class and method compiling {@code node} in {@code mode}; schedules the method if new. */
    MethodRef method(SchemaNode node, Mode mode) {
        DocumentClass doc = documents.computeIfAbsent(node.location().file(),
                f -> new DocumentClass(packageName, f, graph.document(f).id()));
        String name = doc.methodName(node.location(), mode);
        Request request = new Request(node, mode);
        calls.call(current, request, doc.file());
        if (requested.add(request)) {
            work.add(request);
        }
        return new MethodRef(doc.unitName(units.getOrDefault(request, DocumentClass.COMMON)), name);
    }

    SchemaGraph graph() {
        return graph;
    }

    private void compile(SchemaNode node, Mode mode) {
        DocumentClass doc = documents.get(node.location().file());
        current = new Request(node, mode);
        String unit = units.getOrDefault(current, DocumentClass.COMMON);
        doc.enter(unit, unitJavadocs.getOrDefault(doc.file() + " " + unit, DocumentClass.COMMON_JAVADOC));
        int before = doc.generatedChars();
        MethodSpec.Builder method = signature(doc.methodName(node.location(), mode), mode)
                .addJavadoc("$L {@code $L}.\n", mode == Mode.CHECK ? "Reports failures of" : "Tests",
                        Javadoc.escape(node.location().toString()));
        KeywordCode code = new KeywordCode(this, doc, node, mode);
        CodeBlock.Builder body = CodeBlock.builder().add(code.prelude());
        for (Keyword keyword : node.keywords()) {
            body.add(code.of(keyword));
        }
        method.addCode(code.unknownGuard());
        // The false schema's test is a plain "return FALSE": anything after it would not compile.
        boolean falseSchema = node.keywords().contains(new Keyword.FalseSchema());
        method.addCode(verdictBody(code, body.build(), !falseSchema));
        doc.addMethod(method.build());
        calls.weigh(current, doc.generatedChars() - before);
        current = null;
    }

    /**
     * A method body; in TEST mode with the declaration of {@code verdict} when the body folds verdicts into it,
     * and ({@code returns}) the final return: the verdict, or TRUE when nothing could make it UNKNOWN.
     */
    static CodeBlock verdictBody(KeywordCode code, CodeBlock body, boolean returns) {
        if (code.mode() != Mode.TEST) {
            return body;
        }
        CodeBlock.Builder b = CodeBlock.builder();
        if (code.verdictUsed()) {
            b.addStatement("int verdict = $T.TRUE", code.truth());
        }
        b.add(body);
        if (returns) {
            b.addStatement(code.verdictUsed() ? CodeBlock.of("return verdict") : CodeBlock.of("return $T.TRUE", code.truth()));
        }
        return b.build();
    }

    /** A generated check method: {@code (n, p, out)} returning nothing in CHECK mode, {@code (n)} returning the {@code Truth} verdict in TEST mode. */
    MethodSpec.Builder signature(String name, Mode mode) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.STATIC)
                .addParameter(JSON_NODE, "n");
        if (mode == Mode.CHECK) {
            return method.returns(TypeName.VOID)
                    .addParameter(path(), "p")
                    .addParameter(collector(), "out");
        }
        return method.returns(TypeName.INT);
    }

    ClassName collector() {
        return ClassName.get(packageName, "FindingCollector");
    }

    ClassName path() {
        return ClassName.get(packageName, "InstancePath");
    }

    ClassName support() {
        return ClassName.get(packageName, "ValidationSupport");
    }

    ClassName truth() {
        return ClassName.get(packageName, "Truth");
    }

    ClassName stringSet() {
        return ClassName.get(packageName, "StringSet");
    }

    ClassName automaton() {
        return ClassName.get(packageName, "CharAutomaton");
    }

    /** The automaton of a pattern, or empty when the pattern keeps java.util.regex (see {@link Dfa#of}). */
    Optional<Dfa> automatonOf(String regex) {
        return automata.computeIfAbsent(regex, Dfa::of);
    }

    private TypeSpec entryValidator(Entry entry, MethodRef root) {
        ClassName name = ClassName.get(packageName, entry.name() + "Validator");
        ClassName finding = ClassName.get(packageName, "Finding");
        TypeName findings = ParameterizedTypeName.get(ClassName.get(List.class), finding);
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Validates a {@code $L} document against {@code $L}.\n", Javadoc.escape(entry.name()),
                        Javadoc.escape(entry.contract().file()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("validate")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(JSON_NODE, "document")
                        .returns(findings)
                        .addJavadoc("Returns the findings, sorted by pointer and rule id; empty when the document is valid.\n")
                        .addStatement("$T out = new $T()", collector(), collector())
                        .addStatement("$T.$N(document, new $T(), out)", root.owner(), root.name(), path())
                        .addStatement("return out.findings()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("evaluate")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(JSON_NODE, "document")
                        .addParameter(ClassName.get(packageName, "RawFailureListener"), "listener")
                        .addJavadoc("Reports every failing keyword to {@code listener}, before the reporting model is applied.\n")
                        .addStatement("$T.$N(document, new $T(), new $T(listener))", root.owner(), root.name(), path(), collector())
                        .build())
                .addMethod(MethodSpec.methodBuilder("operation")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(String.class)
                        .addJavadoc("The operation this validator checks.\n")
                        .addStatement("return $S", entry.operation())
                        .build())
                .build();
    }

    /** A generated static method. */
    record MethodRef(ClassName owner, String name) {
        CodeBlock call(CodeBlock args) {
            return CodeBlock.of("$T.$N($L)", owner, name, args);
        }
    }
}
