package org.appflowcontracts.codegen.emit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.appflowcontracts.codegen.JavacRunner;
import org.appflowcontracts.codegen.emit.RuntimeSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code StringSet} (compiled from its runtime template) answers {@code add} and {@code contains}
 * as {@link HashSet} does: equal strings that are different objects, strings with the same hash code, the empty
 * string, and more strings than the set was sized for (so it grows).
 */
class StringSetTest {

    @TempDir
    static Path work;

    private static Constructor<?> create;
    private static Method add;
    private static Method contains;

    @BeforeAll
    static void compile() throws Exception {
        Path sources = work.resolve("src");
        for (Map.Entry<String, String> runtime : RuntimeSources.validationSources("probe", "probe.model")) {
            if (runtime.getKey().equals("StringSet")) {
                Files.writeString(Files.createDirectories(sources.resolve("probe")).resolve("StringSet.java"),
                        runtime.getValue());
            }
        }
        Class<?> set = JavacRunner.compile(sources, work.resolve("classes")).loadClass("probe.StringSet");
        create = set.getDeclaredConstructor(int.class);
        add = set.getDeclaredMethod("add", String.class);
        contains = set.getDeclaredMethod("contains", String.class);
        create.setAccessible(true);
        add.setAccessible(true);
        contains.setAccessible(true);
    }

    @Test
    void sameHashCodesAndCopiesAreTold() throws Exception {
        // "Aa" and "BB" share a hash code; so do "AaAa", "AaBB", "BBAa" and "BBBB".
        List<String> strings = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "", "Aa", new String("BB"), "");
        assertAgreesWithHashSet(strings, strings.size());
        assertAgreesWithHashSet(strings, 0);
    }

    @Test
    void randomFieldNamesAgreeWithHashSetAtEverySize() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int count = random.nextInt(300);
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // Few letters, so repeats (as copies, not the same object) are common.
                strings.add(new String("F" + (char) ('a' + random.nextInt(4)) + random.nextInt(count + 1)));
            }
            assertAgreesWithHashSet(strings, random.nextInt(count + 1));
        }
    }

    @Test
    void anEmptySetContainsNothing() throws Exception {
        Object set = create.newInstance(10);
        assertThat((boolean) contains.invoke(set, "x")).isFalse();
        assertThat((boolean) contains.invoke(set, "")).isFalse();
    }

    private static void assertAgreesWithHashSet(List<String> strings, int expected) throws Exception {
        Object set = create.newInstance(expected);
        Set<String> reference = new HashSet<>();
        for (String s : strings) {
            String probe = new String(s + "?");
            assertThat((boolean) contains.invoke(set, probe)).isEqualTo(reference.contains(probe));
            assertThat((boolean) contains.invoke(set, new String(s))).as("contains %s", s).isEqualTo(reference.contains(s));
            assertThat((boolean) add.invoke(set, s)).as("add %s", s).isEqualTo(reference.add(s));
            assertThat((boolean) contains.invoke(set, new String(s))).isTrue();
        }
        for (String s : reference) {
            assertThat((boolean) contains.invoke(set, new String(s))).isTrue();
        }
    }
}
