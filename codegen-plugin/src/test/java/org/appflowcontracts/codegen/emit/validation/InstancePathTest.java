package org.appflowcontracts.codegen.emit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code InstancePath} (compiled from its runtime template) gives the JSON Pointer of a plain stack
 * of steps after any sequence of entering and leaving: a member step where an index step was before and the other
 * way round (leaving keeps the old step in its slot), members named by their number in {@code PathNames} and
 * members known at run time mixed, paths deeper than the first arrays, and names that need escaping.
 */
class InstancePathTest {

    @TempDir
    static Path work;

    private static Constructor<?> create;
    private static Method enterMember;
    private static Method enterIndex;
    private static Method enterName;
    private static Method leave;
    private static Method pointer;
    private static Method memberPointer;
    private static Method itemMemberPointer;

    @BeforeAll
    static void compile() throws Exception {
        // The pointer escapes names with ValidationSupport, which also reads timestamps with the model's class.
        Class<?> path = RuntimeProbe.compile(work, "InstancePath");
        create = path.getDeclaredConstructor();
        enterMember = path.getDeclaredMethod("enter", String.class);
        enterIndex = path.getDeclaredMethod("enter", int.class);
        enterName = path.getDeclaredMethod("enterName", int.class);
        leave = path.getDeclaredMethod("leave");
        pointer = path.getDeclaredMethod("pointer");
        memberPointer = path.getDeclaredMethod("pointer", String.class);
        itemMemberPointer = path.getDeclaredMethod("pointer", int.class, String.class);
        for (Method m : List.of(enterMember, enterIndex, enterName, leave, pointer, memberPointer, itemMemberPointer)) {
            m.setAccessible(true);
        }
        create.setAccessible(true);
    }

    @Test
    void aMemberEnteredWhereAnIndexWasAndTheOtherWayRound() throws Exception {
        Object path = create.newInstance();
        enterMember.invoke(path, "tasks");
        enterIndex.invoke(path, 3);
        leave.invoke(path);
        enterName.invoke(path, 1);
        assertThat(pointer.invoke(path)).isEqualTo("/tasks/sourceFields");
        leave.invoke(path);
        enterMember.invoke(path, "sourceFields");
        assertThat(pointer.invoke(path)).isEqualTo("/tasks/sourceFields");
        leave.invoke(path);
        enterIndex.invoke(path, 0);
        assertThat(pointer.invoke(path)).isEqualTo("/tasks/0");
        assertThat(memberPointer.invoke(path, "a/b~c")).isEqualTo("/tasks/0/a~1b~0c");
        assertThat(itemMemberPointer.invoke(path, 7, "destinationField")).isEqualTo("/tasks/0/7/destinationField");
        leave.invoke(path);
        leave.invoke(path);
        assertThat(pointer.invoke(path)).isEqualTo("");
    }

    @Test
    void randomWalksGiveThePointerOfTheirSteps() throws Exception {
        Random random = new Random(7);
        for (int walk = 0; walk < 200; walk++) {
            Object path = create.newInstance();
            List<Object> steps = new ArrayList<>();
            for (int move = 0; move < 300; move++) {
                int choice = random.nextInt(4);
                if (choice == 0 && !steps.isEmpty()) {
                    leave.invoke(path);
                    steps.remove(steps.size() - 1);
                } else if (choice == 3) {
                    int name = random.nextInt(RuntimeProbe.NAMES.size());
                    enterName.invoke(path, name);
                    steps.add(RuntimeProbe.NAMES.get(name).getKey());
                } else if (choice == 1) {
                    // Three moves in four enter a step, so a walk goes past the first arrays' 16 slots.
                    String member = "m" + random.nextInt(5) + (random.nextInt(10) == 0 ? "/~" : "");
                    enterMember.invoke(path, member);
                    steps.add(member);
                } else {
                    int index = random.nextInt(20);
                    enterIndex.invoke(path, index);
                    steps.add(index);
                }
                assertThat(pointer.invoke(path)).isEqualTo(expected(steps));
            }
        }
    }

    private static String expected(List<Object> steps) {
        StringBuilder sb = new StringBuilder();
        for (Object step : steps) {
            sb.append('/').append(step instanceof String s ? s.replace("~", "~0").replace("/", "~1") : step);
        }
        return sb.toString();
    }
}
