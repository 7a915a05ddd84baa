package org.appflowcontracts.codegen;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with {@code -Xlint:all -Werror} against the test class path. */
public final class JavacRunner {

    private JavacRunner() {}

    /** Compiles every {@code .java} under {@code sources} into {@code classes}; returns a loader for them. */
    public static ClassLoader compile(Path sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new AssertionError("generated code does not compile: " + diagnostics.getDiagnostics());
            }
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavacRunner.class.getClassLoader());
    }
}
