package org.appflowcontracts.validator.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A first validation in a fresh class loader (as in a fresh JVM) loads the generated checks of the connectors and
 * the shapes the flow uses, not those of every connector, and never the document classes that only name them.
 */
class LoadedChecksTest {

    private static final String GENERATED = "org.appflowcontracts.validator.compiled.generated.validation.";

    /** Defines the classes of the class path itself (nothing delegated but the JDK's) and records their names. */
    private static final class RecordingLoader extends URLClassLoader {
        private final Set<String> defined = new TreeSet<>();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            synchronized (defined) {
                defined.add(name);
            }
            return super.findClass(name);
        }

        List<String> generated() {
            List<String> names = new ArrayList<>();
            synchronized (defined) {
                for (String name : defined) {
                    if (name.startsWith(GENERATED)) {
                        names.add(name.substring(GENERATED.length()));
                    }
                }
            }
            return names;
        }
    }

    private static List<String> generatedClassesLoadedBy(String flow) throws Exception {
        return generatedClassesLoadedBy(flow, true);
    }

    /** With {@code contextSeesLibrary} false, the thread's context loader is the JDK's, as in some hosts. */
    private static List<String> generatedClassesLoadedBy(String flow, boolean contextSeesLibrary) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (RecordingLoader loader = new RecordingLoader(urls.toArray(new URL[0]))) {
            // The library finds its engines with ServiceLoader, through the context class loader.
            thread.setContextClassLoader(contextSeesLibrary ? loader : ClassLoader.getPlatformClassLoader());
            Class<?> validator = loader.loadClass("org.appflowcontracts.validator.ContractValidator");
            Object createFlow = validator.getMethod("forOperation", String.class).invoke(null, "CreateFlow");
            Object report = validator.getMethod("validate", Path.class).invoke(createFlow, Path.of("..", "examples", flow));
            assertThat(report.getClass().getName()).endsWith("ValidationReport");
            return loader.generated();
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    @Test
    void aSalesforceToS3FlowLoadsTheChecksOfItsConnectorsOnly() throws Exception {
        List<String> loaded = generatedClassesLoadedBy("salesforce-to-s3.json");

        assertThat(loaded).contains("ShapesSchemaChecks$SalesforceSourceProperties",
                "ShapesSchemaChecks$S3DestinationProperties", "ShapesSchemaChecks$SalesforceConnectorOperator");
        assertThat(loaded).noneMatch(name -> name.contains("Zendesk") || name.contains("Marketo")
                || name.contains("Snowflake") || name.contains("Redshift") || name.contains("SAPOData"));
        // The shapes of other operations (responses, connector profiles) are not reached by a CreateFlow body.
        assertThat(loaded).noneMatch(name -> name.contains("Response") || name.contains("ConnectorProfileConfig"));
    }

    @Test
    void theDocumentClassesThatOnlyNameTheirNestedClassesAreNeverLoaded() throws Exception {
        List<String> loaded = generatedClassesLoadedBy("zendesk-equal-to-filter.json");

        assertThat(loaded).contains("ShapesSchemaChecks$ZendeskSourceProperties")
                .doesNotContain("ShapesSchemaChecks", "RulesTasksRulesChecks", "RulesConnectorsRulesChecks",
                        "CreateFlowRequestContractSchemaChecks")
                .noneMatch(name -> name.contains("Salesforce"));
    }

    @Test
    void aHostWhoseContextLoaderCannotSeeTheLibraryStillGetsTheCompiledChecks() throws Exception {
        List<String> loaded = generatedClassesLoadedBy("salesforce-to-s3.json", false);

        assertThat(loaded).contains("ShapesSchemaChecks$SalesforceSourceProperties");
    }
}
