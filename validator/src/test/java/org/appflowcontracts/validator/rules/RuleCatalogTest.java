package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.junit.jupiter.api.Test;

/** The catalog of the shipped overlays. */
class RuleCatalogTest {

    private static final RuleCatalog CATALOG = RuleCatalog.load();

    @Test
    void catalogHasTheOverlayRulesWithTheirMetadata() {
        assertThat(CATALOG.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.summary()).as(rule.id()).isNotBlank();
            assertThat(rule.message()).as(rule.id()).isNotBlank();
            assertThat(rule.explanation()).as(rule.id()).isNotBlank();
            assertThat(rule.schemaDocument()).as(rule.id()).startsWith(OperationCatalog.API_BASE);
        });
        assertThat(CATALOG.rules()).extracting(RuleInfo::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void ruleDeclaredInSeveralPlacesHasOneMeaning() {
        Map<String, List<RuleInfo>> byId = CATALOG.index().ruleNodes().stream()
                .collect(Collectors.groupingBy(RuleInfo::id));
        byId.forEach((id, nodes) -> assertThat(nodes).as(id)
                .extracting(RuleInfo::severity, RuleInfo::message).containsOnly(
                        org.assertj.core.groups.Tuple.tuple(nodes.get(0).severity(), nodes.get(0).message())));
    }

    @Test
    void typeLevelIdsAreKnown() {
        assertThat(CATALOG.knows("schema.required")).isTrue();
        assertThat(CATALOG.knows("schema.pattern")).isTrue();
        assertThat(CATALOG.knows("NO_SUCH_RULE")).isFalse();
        assertThat(CATALOG.typeLevel()).extracting(TypeLevelMessages.Entry::id)
                .contains("schema.required", "schema.enum", "schema.additionalProperties", "schema.maxLength");
    }

    @Test
    void everyShippedOverlayIsReachableFromAContract() throws Exception {
        Set<String> shipped = overlayFiles();
        Set<String> reachable = CATALOG.index().documents().stream()
                .filter(iri -> iri.startsWith(OperationCatalog.API_BASE + "rules/"))
                .map(iri -> iri.substring(iri.lastIndexOf('/') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(shipped).isNotEmpty();
        assertThat(reachable).as("overlays wired into a contract").containsAll(shipped);
    }

    /** File names of the overlays in the schemas artifact (a folder in the reactor, or a jar). */
    private static Set<String> overlayFiles() throws IOException, URISyntaxException {
        URL folder = RuleCatalogTest.class.getClassLoader().getResource("schemas/appflow/2020-08-23/rules");
        assertThat(folder).as("overlay folder on the classpath").isNotNull();
        URI uri = folder.toURI();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return list(jar.provider().getPath(uri));
            }
        }
        return list(Path.of(uri));
    }

    private static Set<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rules.json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
