package org.appflowcontracts.codegen.emit.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which generated method calls which, the document class each belongs to and how much code each is, as recorded
 * while generating: the input of {@link LoadingUnits}. Methods and calls keep the order they were first met in,
 * so everything derived from the graph is deterministic.
 *
 * @param <K> what identifies a generated method
 */
final class CallGraph<K> {

    private final Map<K, Set<K>> callees = new LinkedHashMap<>();
    private final Map<K, String> documents = new HashMap<>();
    private final Map<K, Integer> sizes = new HashMap<>();
    private final Set<K> roots = new LinkedHashSet<>();

    /** Records that {@code caller} (null: an entry validator) calls {@code callee}, a method of {@code document}. */
    void call(K caller, K callee, String document) {
        callees.computeIfAbsent(callee, k -> new LinkedHashSet<>());
        documents.putIfAbsent(callee, document);
        if (caller == null) {
            roots.add(callee);
        } else {
            callees.computeIfAbsent(caller, k -> new LinkedHashSet<>()).add(callee);
        }
    }

    /** Adds {@code chars} characters of generated source to {@code method}'s size. */
    void weigh(K method, int chars) {
        sizes.merge(method, chars, Integer::sum);
    }

    /** Every method, in the order first met. */
    List<K> methods() {
        return new ArrayList<>(callees.keySet());
    }

    Set<K> callees(K method) {
        return callees.getOrDefault(method, Set.of());
    }

    /** The methods the entry validators call. */
    Set<K> roots() {
        return roots;
    }

    String document(K method) {
        return documents.get(method);
    }

    int size(K method) {
        return sizes.getOrDefault(method, 0);
    }
}
