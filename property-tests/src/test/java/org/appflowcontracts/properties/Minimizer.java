package org.appflowcontracts.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shrinks a failing JSON document to a small one that still fails: greedily drops object members and array
 * items while the failure persists. The library's shrinking moves the generators' random draws towards simpler
 * choices; this removes structure the draws cannot express as smaller. It runs once, on the smallest counterexample
 * (see {@link PropertyCheck}), and leaves documents as they are while the library is still searching.
 */
final class Minimizer {

    private static final int MAX_CHECKS = 400;

    private Minimizer() {
    }

    static JsonNode minimize(JsonNode failing, Predicate<JsonNode> stillFails) {
        if (PropertyCheck.searching()) {
            return failing;
        }
        JsonNode current = failing.deepCopy();
        int checks = 0;
        boolean progress = true;
        while (progress && checks < MAX_CHECKS) {
            progress = false;
            for (String path : paths(current, "")) {
                if (checks++ >= MAX_CHECKS) {
                    break;
                }
                JsonNode candidate = current.deepCopy();
                if (remove(candidate, path) && safeTest(stillFails, candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static boolean safeTest(Predicate<JsonNode> predicate, JsonNode candidate) {
        try {
            return predicate.test(candidate);
        } catch (RuntimeException | AssertionError e) {
            return true;
        }
    }

    /** JSON pointers of every member and item, outermost first. */
    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                String path = prefix + "/" + name.replace("~", "~0").replace("/", "~1");
                paths.add(path);
            }
            for (String name : node.propertyNames()) {
                paths.addAll(paths(node.get(name), prefix + "/" + name.replace("~", "~0").replace("/", "~1")));
            }
        } else if (node.isArray()) {
            for (int i = node.size() - 1; i >= 0; i--) {
                paths.add(prefix + "/" + i);
            }
            for (int i = 0; i < node.size(); i++) {
                paths.addAll(paths(node.get(i), prefix + "/" + i));
            }
        }
        return paths;
    }

    private static boolean remove(JsonNode root, String path) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(path.substring(0, slash));
        String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            return object.remove(last) != null;
        }
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
            return true;
        }
        return false;
    }
}
