package org.appflowcontracts.validator.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One version everywhere a user reads it: the root POM, the README's snippets (the plugin's version, the tag
 * pre-commit and CI check out), the CI recipe and the newest CHANGELOG entry.
 */
class ReleaseVersionTest {

    private static final Path ROOT = Path.of("..");

    private static String read(String file) throws Exception {
        return Files.readString(ROOT.resolve(file));
    }

    /** The root POM's own version (the first {@code <version>} after the parent-less project coordinates). */
    private static String pomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>appflow-contracts-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read("pom.xml"));
        assertThat(m.find()).as("root POM version").isTrue();
        return m.group(1);
    }

    private static List<String> all(String regex, String text) {
        return Pattern.compile(regex).matcher(text).results().map(r -> r.group(1)).toList();
    }

    @Test
    void thePomTheReadmeTheCiRecipeAndTheChangelogNameOneVersion() throws Exception {
        String version = pomVersion();
        String release = version.replaceFirst("-SNAPSHOT$", "");
        String readme = read("README.md");

        assertThat(all("rev: (v[0-9][^\\s]*)", readme)).as("pre-commit rev in README").containsOnly("v" + release)
                .isNotEmpty();
        assertThat(all("appflow-contracts-maven-plugin</artifactId>\\s*<version>([^<]+)</version>", readme))
                .as("plugin version in README").containsOnly(version).isNotEmpty();
        assertThat(all("(?m)^\\s*CHECKER_REF: (\\S+)", read("examples/ci/.github/workflows/appflow-contracts.yml")))
                .as("tag in the CI recipe").containsExactly("v" + release);
        assertThat(all("(?m)^## ([0-9][^\\s]*)", read("CHANGELOG.md"))).as("CHANGELOG versions")
                .first().isEqualTo(release);
    }
}
