package org.appflowcontracts.codegen.emit.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the generated methods of each document class into units the JVM loads separately, so that a document
 * loads (parses, verifies, initialises) only the code it reaches: the JVM loads a class on the first call of one
 * of its static methods, not before.
 *
 * <p>A unit is the region of the call graph a method dominates (every call path from an entry to the region's
 * methods passes through it, so nothing outside calls into the middle of it). A method heads a unit when it is
 * where the code branches — it is called from another document (a rule document calling into the shapes), or by
 * a method that chooses among {@code fanOut} or more callees (a member per connector, a branch per task type, a
 * rule's {@code then} per case) — and its region holds at least {@code minSize} characters of generated source
 * (smaller regions cost more as classes of their own than they save). The methods left outside every region are
 * grouped by the entries that reach them (the shapes only responses use apart from those requests use), and a
 * group of at least {@code minSize} is a unit too. The rest stay in their document's class. Only methods of the
 * same document share a unit.
 */
final class LoadingUnits {

    /** The callees of a method choosing among this many or more are where units may start. */
    static final int FAN_OUT = 4;
    /** The least generated source (characters) worth a class of its own. */
    static final int MIN_SIZE = 1_000;

    private LoadingUnits() {
    }

    /**
     * A unit, named after its first method: the one heading its region, or (a {@code shared} group) the first of
     * the methods the same entries reach.
     */
    record Unit<K>(K first, boolean shared) {}

    /** The unit of each method that goes into one; methods absent from the map stay in their document's class. */
    static <K> Map<K, Unit<K>> assign(CallGraph<K> graph, int fanOut, int minSize) {
        return new Dominators<>(graph).units(fanOut, minSize);
    }

    /** The dominator tree of a call graph, computed as Cooper, Harvey and Kennedy describe it. */
    private static final class Dominators<K> {
        private final CallGraph<K> graph;
        private final List<K> methods;
        private final Map<K, Integer> index = new HashMap<>();
        private final int root;
        private final List<List<Integer>> callers = new ArrayList<>();
        private final int[] postorder;
        private final List<Integer> reversePostorder = new ArrayList<>();
        private final int[] idom;

        Dominators(CallGraph<K> graph) {
            this.graph = graph;
            this.methods = graph.methods();
            for (int i = 0; i < methods.size(); i++) {
                index.put(methods.get(i), i);
                callers.add(new ArrayList<>());
            }
            this.root = methods.size();
            callers.add(new ArrayList<>());
            this.postorder = new int[root + 1];
            this.idom = new int[root + 1];
            order();
            for (int i : reversePostorder) {
                for (int callee : callees(i)) {
                    callers.get(callee).add(i);
                }
            }
            dominators();
        }

        private List<Integer> callees(int method) {
            List<Integer> out = new ArrayList<>();
            for (K callee : method == root ? graph.roots() : graph.callees(methods.get(method))) {
                out.add(index.get(callee));
            }
            return out;
        }

        /** Depth-first from the entries without recursion (call chains are deep), numbering in postorder. */
        private void order() {
            boolean[] seen = new boolean[root + 1];
            List<Integer> post = new ArrayList<>();
            List<int[]> stack = new ArrayList<>();
            List<List<Integer>> pending = new ArrayList<>();
            seen[root] = true;
            stack.add(new int[] {root, 0});
            pending.add(callees(root));
            while (!stack.isEmpty()) {
                int[] top = stack.get(stack.size() - 1);
                List<Integer> next = pending.get(pending.size() - 1);
                if (top[1] < next.size()) {
                    int callee = next.get(top[1]++);
                    if (!seen[callee]) {
                        seen[callee] = true;
                        stack.add(new int[] {callee, 0});
                        pending.add(callees(callee));
                    }
                } else {
                    postorder[top[0]] = post.size();
                    post.add(top[0]);
                    stack.remove(stack.size() - 1);
                    pending.remove(pending.size() - 1);
                }
            }
            for (int i = post.size() - 1; i >= 0; i--) {
                reversePostorder.add(post.get(i));
            }
        }

        private void dominators() {
            java.util.Arrays.fill(idom, -1);
            idom[root] = root;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int b : reversePostorder) {
                    if (b == root) {
                        continue;
                    }
                    int candidate = -1;
                    for (int p : callers.get(b)) {
                        if (idom[p] != -1) {
                            candidate = candidate == -1 ? p : intersect(p, candidate);
                        }
                    }
                    if (idom[b] != candidate) {
                        idom[b] = candidate;
                        changed = true;
                    }
                }
            }
        }

        private int intersect(int a, int b) {
            while (a != b) {
                while (postorder[a] < postorder[b]) {
                    a = idom[a];
                }
                while (postorder[b] < postorder[a]) {
                    b = idom[b];
                }
            }
            return a;
        }

        Map<K, Unit<K>> units(int fanOut, int minSize) {
            boolean[] head = heads(fanOut, minSize);
            Map<K, Unit<K>> units = new LinkedHashMap<>();
            List<Integer> left = new ArrayList<>();
            for (int m = 0; m < root; m++) {
                int up = regionHead(m, head);
                if (up == root) {
                    left.add(m);
                } else {
                    units.put(methods.get(m), new Unit<>(methods.get(up), false));
                }
            }
            units.putAll(groups(left, minSize));
            return units;
        }

        /** The nearest method of {@code m}'s document heading a region {@code m} is in, or the root. */
        private int regionHead(int m, boolean[] head) {
            for (int up = m; up != root; up = idom[up]) {
                if (head[up] && document(up).equals(document(m))) {
                    return up;
                }
            }
            return root;
        }

        /** The methods of {@code left} grouped by document and the entries reaching them; groups of {@code minSize}. */
        private Map<K, Unit<K>> groups(List<Integer> left, int minSize) {
            List<java.util.BitSet> reach = reach();
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int m : left) {
                groups.computeIfAbsent(document(m) + " " + reach.get(m), k -> new ArrayList<>()).add(m);
            }
            Map<K, Unit<K>> units = new LinkedHashMap<>();
            for (List<Integer> group : groups.values()) {
                int size = 0;
                for (int m : group) {
                    size += graph.size(methods.get(m));
                }
                if (size >= minSize) {
                    Unit<K> unit = new Unit<>(methods.get(group.get(0)), true);
                    group.forEach(m -> units.put(methods.get(m), unit));
                }
            }
            return units;
        }

        /** For each method, the entries (by their order) from which it is called. */
        private List<java.util.BitSet> reach() {
            List<java.util.BitSet> reach = new ArrayList<>();
            for (int i = 0; i < root; i++) {
                reach.add(new java.util.BitSet());
            }
            int entry = 0;
            for (K first : graph.roots()) {
                List<Integer> stack = new ArrayList<>(List.of(index.get(first)));
                while (!stack.isEmpty()) {
                    int m = stack.remove(stack.size() - 1);
                    if (!reach.get(m).get(entry)) {
                        reach.get(m).set(entry);
                        stack.addAll(callees(m));
                    }
                }
                entry++;
            }
            return reach;
        }

        /**
         * Bottom-up over the dominator tree (children before their dominator): each method adds its size to what
         * its dominator's region holds of its document, unless it heads a unit of its own.
         */
        private boolean[] heads(int fanOut, int minSize) {
            boolean[] head = new boolean[root + 1];
            List<Map<String, Integer>> region = new ArrayList<>();
            for (int i = 0; i <= root; i++) {
                region.add(new HashMap<>());
            }
            for (int i = reversePostorder.size() - 1; i >= 0; i--) {
                int m = reversePostorder.get(i);
                if (m == root) {
                    continue;
                }
                Map<String, Integer> held = region.get(m);
                String document = document(m);
                int own = held.merge(document, graph.size(methods.get(m)), Integer::sum);
                if (own >= minSize && branchesHere(m, fanOut)) {
                    head[m] = true;
                    held.remove(document);
                }
                Map<String, Integer> above = region.get(idom[m]);
                held.forEach((d, size) -> above.merge(d, size, Integer::sum));
            }
            return head;
        }

        /** Called from another document, or by a method choosing among {@code fanOut} or more callees. */
        private boolean branchesHere(int m, int fanOut) {
            for (int caller : callers.get(m)) {
                if (caller != root && (!document(caller).equals(document(m)) || callees(caller).size() >= fanOut)) {
                    return true;
                }
            }
            return false;
        }

        private String document(int m) {
            return graph.document(methods.get(m));
        }
    }
}
