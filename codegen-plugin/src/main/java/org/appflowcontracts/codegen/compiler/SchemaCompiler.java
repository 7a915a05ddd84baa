package org.appflowcontracts.codegen.compiler;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.emit.EmitOptions;
import org.appflowcontracts.codegen.emit.EnumSpec;
import org.appflowcontracts.codegen.emit.JavaTypes;
import org.appflowcontracts.codegen.emit.RecordSpec;
import org.appflowcontracts.codegen.emit.RuntimeSources;
import org.appflowcontracts.codegen.emit.validation.ValidatorSpec;
import org.appflowcontracts.codegen.model.EnumType;
import org.appflowcontracts.codegen.model.Entry;
import org.appflowcontracts.codegen.model.ObjectType;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.appflowcontracts.codegen.model.TypeModel;
import org.appflowcontracts.codegen.parse.SchemaInput;
import org.appflowcontracts.codegen.parse.SchemaParser;
import org.appflowcontracts.codegen.types.EntryFinder;
import org.appflowcontracts.codegen.types.TypeMapper;

/**
 * The pipeline: schema inputs → IR ({@link SchemaGraph}, {@link TypeModel}) → JavaPoet specs → source files.
 * {@link #generate} is pure (same inputs, same bytes); {@link #compile} also writes the files.
 */
public final class SchemaCompiler {

    /** Files in memory, sorted by path. */
    public Generation generate(CompilerConfig config, List<SchemaInput> inputs) {
        NamingInputs naming = NamingInputs.split(inputs, config.namingFile());
        SchemaGraph graph = new SchemaParser().parse(naming.schemas());
        List<Entry> entries = new EntryFinder().find(graph, config.operations());
        TypeModel types = new TypeMapper(graph, naming.words()).map(entries);
        refuseRuntimeNames(types);

        JavaTypes javaTypes = new JavaTypes(config.basePackage());
        EmitOptions options = new EmitOptions(config.generateBuilders(), config.jacksonAnnotations());
        List<GeneratedFile> files = new ArrayList<>();
        RecordSpec records = new RecordSpec(javaTypes, options);
        for (ObjectType object : types.objects()) {
            files.add(file(config.basePackage(), records.spec(object)));
        }
        for (var runtime : RuntimeSources.modelSources(config.basePackage(), config.jacksonAnnotations())) {
            files.add(runtimeFile(config.basePackage(), runtime));
        }
        EnumSpec enums = new EnumSpec(javaTypes, options);
        for (EnumType enumType : types.enums()) {
            files.add(file(config.basePackage(), enums.spec(enumType)));
        }
        int validators = 0;
        if (config.generateValidators()) {
            ValidatorSpec emitter = new ValidatorSpec(graph, config.validationPackage());
            for (TypeSpec spec : emitter.emit(entries)) {
                files.add(file(config.validationPackage(), spec));
            }
            for (var runtime : RuntimeSources.validationSources(config.validationPackage(), config.basePackage())) {
                files.add(runtimeFile(config.validationPackage(), runtime));
            }
            validators = entries.size();
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return new Generation(types.objects().size(), types.enums().size(), validators, files);
    }

    /** Generates and writes into {@link CompilerConfig#outputDirectory()}, removing no file. */
    public CompileResult compile(CompilerConfig config, List<SchemaInput> inputs) throws IOException {
        return write(generate(config, inputs), config.outputDirectory(), Set.of());
    }

    /**
     * Writes a generation into {@code outputDirectory}, and removes the files of {@code previouslyWritten} (paths
     * relative to it) that this generation no longer produces.
     */
    public CompileResult write(Generation generation, Path outputDirectory, Set<String> previouslyWritten)
            throws IOException {
        OutputWriter.Outcome outcome = new OutputWriter().write(outputDirectory, generation.files(), previouslyWritten);
        return new CompileResult(generation.records(), generation.enums(), generation.validators(),
                outcome.written(), outcome.unchanged(), outcome.deleted());
    }

    /** A record or enum named like a runtime class would overwrite it; the shape is refused where it is declared. */
    private static void refuseRuntimeNames(TypeModel types) {
        for (ObjectType object : types.objects()) {
            refuseRuntimeName(object.name(), object.location());
        }
        for (EnumType enumType : types.enums()) {
            refuseRuntimeName(enumType.name(), enumType.location());
        }
    }

    private static void refuseRuntimeName(String name, SchemaLocation location) {
        if (RuntimeSources.MODEL_CLASSES.contains(name)) {
            throw new SchemaCompileException(location.file(), location.pointer(),
                    "the shape maps to the Java type name '" + name + "', which the generated runtime uses");
        }
    }

    private static GeneratedFile runtimeFile(String packageName, Map.Entry<String, String> source) {
        return new GeneratedFile(packageName.replace('.', '/') + "/" + source.getKey() + ".java", source.getValue());
    }

    private static GeneratedFile file(String packageName, TypeSpec spec) {
        JavaFile javaFile = JavaFile.builder(packageName, spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .addFileComment(RuntimeSources.HEADER)
                .build();
        String path = packageName.replace('.', '/') + "/" + spec.name() + ".java";
        return new GeneratedFile(path, javaFile.toString());
    }

    /** The in-memory result of {@link #generate}. */
    public record Generation(int records, int enums, int validators, List<GeneratedFile> files) {
        public Generation {
            files = List.copyOf(files);
        }
    }
}
