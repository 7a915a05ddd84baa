package org.appflowcontracts.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The complete consumer POM in {@code generated-samples/README.md} is the integration build
 * {@code src/it/readme-consumer}, byte for byte apart from the plugin version, and names the versions this release
 * is built with: what users copy is what is tested.
 */
class ReadmeConsumerPomTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path README = ROOT.resolve("generated-samples/README.md");
    private static final Path IT_POM = Path.of("src/it/readme-consumer/pom.xml");
    private static final String VERSION_PLACEHOLDER = "<version>@project.version@</version>";

    @Test
    void theReadmePomIsTheIntegrationBuildsPom() throws Exception {
        String itPom = Files.readString(IT_POM);
        assertThat(itPom).containsOnlyOnce(VERSION_PLACEHOLDER);
        String expected = itPom.replace(VERSION_PLACEHOLDER, "<version>" + rootPom("/project/version") + "</version>");
        assertThat(readmePom()).isEqualTo(expected);
    }

    @Test
    void theReadmePomUsesTheVersionsThisReleaseIsBuiltWith() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(readmePom().getBytes(StandardCharsets.UTF_8)));
        assertThat(xpath(pom, "//plugin[artifactId='maven-compiler-plugin']/version"))
                .isEqualTo(rootPom("//pluginManagement//plugin[artifactId='maven-compiler-plugin']/version"));
        assertThat(xpath(pom, "//plugin[artifactId='maven-compiler-plugin']/configuration/release")).isEqualTo("17");
        assertThat(xpath(pom, "//dependency[artifactId='jackson-databind']/version"))
                .isEqualTo(rootPom("/project/properties/version.jackson"));
        assertThat(xpath(pom, "//dependency[artifactId='jackson-annotations']/version"))
                .isEqualTo(rootPom("/project/properties/version.jackson-annotations"));
    }

    /** The one {@code xml} block that is a whole project in the README. */
    private static String readmePom() throws IOException {
        Matcher block = Pattern.compile("```xml\n(<\\?xml.*?</project>\n)```", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(block.find()).as("a complete POM in %s", README).isTrue();
        String pom = block.group(1);
        assertThat(block.find()).as("only one complete POM in %s", README).isFalse();
        return pom;
    }

    private static String rootPom(String expression) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        return xpath(pom, expression);
    }

    private static String xpath(Document document, String expression) throws Exception {
        String value = XPathFactory.newInstance().newXPath().evaluate(expression, document).strip();
        assertThat(value).as("%s", expression).isNotEmpty();
        return value;
    }
}
