package org.appflowcontracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's parameter table and snippet describe the goal as built (its descriptor, generated from the mojo),
 * and the plugin carries the Eclipse lifecycle mapping that runs the goal on save.
 */
class PluginDocumentationTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyParameterOfTheGoalIsInTheReadmeTableWithItsProperty() throws Exception {
        Element mojo = checkMojo();
        String readme = Files.readString(README);
        List<String> documented = new ArrayList<>();
        NodeList parameters = mojo.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (!text(parameter, "editable").equals("true")) {
                continue;
            }
            String name = text(parameter, "name");
            String property = property(mojo, name);
            assertThat(readme).as("README row of %s", name).containsPattern("\\| `" + name + "`[^|]*`"
                    + property.replace(".", "\\.") + "`");
            documented.add(name);
        }
        assertThat(documented).hasSize(15);
    }

    @Test
    void theGoalIsThreadSafeAndBoundToValidate() throws Exception {
        Element mojo = checkMojo();
        assertThat(text(mojo, "threadSafe")).isEqualTo("true");
        assertThat(text(mojo, "phase")).isEqualTo("validate");
        assertThat(Files.readString(README)).contains("<artifactId>appflow-contracts-check-maven-plugin</artifactId>\n"
                + "  <version>" + descriptor().getDocumentElement().getElementsByTagName("version").item(0)
                        .getTextContent() + "</version>\n"
                + "  <executions><execution><goals><goal>check</goal></goals></execution></executions>");
    }

    @Test
    void eclipseRunsTheCheckOnIncrementalBuilds() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            Document mapping = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            Element execution = (Element) mapping.getElementsByTagName("pluginExecution").item(0);
            assertThat(text(execution, "goal")).isEqualTo("check");
            assertThat(text(execution, "runOnIncremental")).isEqualTo("true");
        }
    }

    private static Element checkMojo() throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (text(mojo, "goal").equals("check")) {
                return mojo;
            }
        }
        throw new AssertionError("no check goal in the plugin descriptor");
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = PluginDocumentationTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    /** The {@code appflow.…} user property in the goal's configuration, e.g. {@code ${appflow.operation}}. */
    private static String property(Element mojo, String name) {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        String value = ((Element) configuration.getElementsByTagName(name).item(0)).getTextContent();
        assertThat(value).as("property of %s", name).startsWith("${appflow.");
        return value.substring(2, value.length() - 1);
    }

    private static String text(Element element, String tag) {
        return element.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
