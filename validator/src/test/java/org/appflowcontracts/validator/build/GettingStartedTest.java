package org.appflowcontracts.validator.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a new user's first commands rely on: the Maven Wrapper that needs only a JDK, the README's test command
 * being the one CI runs, and a plugin install that skips every test.
 */
class GettingStartedTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String CI_ONLY_PROPERTY = " -Dappflow.requireExternalTools=true";

    @Test
    void theReadmeTestCommandIsWhatCiRunsWithoutItsCiOnlyProperty() throws IOException {
        String ciCommand = ciVerifyCommand();
        assertThat(ciCommand).startsWith("./mvnw ").endsWith(CI_ONLY_PROPERTY);
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).as("the README quotes CI's full command line").contains("`" + ciCommand + "`");
        String userCommand = ciCommand.substring(0, ciCommand.length() - CI_ONLY_PROPERTY.length());
        assertThat(readme).contains("Run every test:\n\n```\n" + userCommand + "\n```\n");
    }

    @Test
    void theWrapperDownloadsAPinnedMavenFromMavenCentral() throws IOException {
        assertThat(ROOT.resolve("mvnw")).isExecutable();
        Properties wrapper = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
            wrapper.load(in);
        }
        Matcher url = Pattern.compile("https://repo\\.maven\\.apache\\.org/maven2/org/apache/maven/apache-maven/"
                + "(3\\.9\\.\\d+)/apache-maven-\\1-bin\\.zip").matcher(wrapper.getProperty("distributionUrl"));
        assertThat(url.matches()).as("distributionUrl %s", wrapper.getProperty("distributionUrl")).isTrue();
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("pinned Maven (" + url.group(1) + ")");
    }

    @Test
    void skippingTestsAlsoSkipsTheIntegrationBuilds() throws Exception {
        Document root = xml("pom.xml");
        assertThat(text(root, "skipInvocation")).containsExactly("${skipITs}");
        assertThat(text(root, "skipInstallation")).containsExactly("${skipITs}");
        NodeList profiles = root.getElementsByTagName("profile");
        List<String> activatedBy = new ArrayList<>();
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (text(profile, "skipITs").equals(List.of("true"))
                    && text(profile, "value").equals(List.of("true"))) {
                activatedBy.addAll(text(profile, "name"));
            }
        }
        assertThat(activatedBy).containsExactlyInAnyOrder("skipTests", "maven.test.skip");
        for (String module : List.of("codegen-plugin/pom.xml", "validator/pom.xml")) {
            assertThat(text(xml(module), "skipInvocation")).as("%s keeps the root's skip", module).isEmpty();
        }
    }

    private static Document xml(String path) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve(path).toFile());
    }

    private static String ciVerifyCommand() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .map(String::strip)
                .filter(line -> line.matches("\\S*mvnw? .*verify.*"))
                .toList();
        assertThat(lines).as(".ci/run runs exactly one Maven verify").hasSize(1);
        return lines.get(0);
    }

    private static List<String> text(Document document, String tag) {
        return text(document.getDocumentElement(), tag);
    }

    private static List<String> text(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }
}
