package dev.retort.autogenerate;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Tables in foreign-key order, parents first. Foreign keys inside a cycle (between tables of one
 * strongly connected component) cannot be created with their tables: they are {@link #deferred()},
 * to be added after all the tables exist (or, for drops, dropped before any of them).
 * A table referring to itself is no cycle.
 */
final class TableOrder {
    private final List<Table> ordered;
    private final Map<Table, List<ForeignKey>> deferred;

    private TableOrder(List<Table> ordered, Map<Table, List<ForeignKey>> deferred) {
        this.ordered = List.copyOf(ordered);
        this.deferred = deferred;
    }

    /** The tables, parents before the tables that refer to them; ties by name. */
    List<Table> ordered() {
        return ordered;
    }

    /** The foreign keys of {@code table} that close a cycle among these tables. */
    List<ForeignKey> deferred(Table table) {
        return deferred.getOrDefault(table, List.of());
    }

    static TableOrder of(List<Table> tables) {
        Map<String, Table> byKey = new TreeMap<>();
        for (Table t : tables) {
            byKey.put(key(t.schema(), t.name()), t);
        }
        // Tables are keyed by identity throughout: a record's equals/hashCode would walk every
        // column, index and key of a table on each lookup (quadratic time at 1000 tables).
        Map<Table, List<Table>> parents = new LinkedHashMap<>();
        for (Table t : byKey.values()) {
            List<Table> ps = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                Table parent = byKey.get(referredKey(t, fk));
                if (parent != null && parent != t) {
                    ps.add(parent);
                }
            }
            parents.put(t, ps);
        }
        Map<Table, Integer> component = new Components(parents).find();
        Map<Table, List<ForeignKey>> deferred = new IdentityHashMap<>();
        Map<Table, List<Table>> acyclic = new LinkedHashMap<>();
        for (Table t : byKey.values()) {
            List<Table> ps = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                Table parent = byKey.get(referredKey(t, fk));
                if (parent == null || parent == t) {
                    continue;
                }
                if (Objects.equals(component.get(parent), component.get(t))) {
                    deferred.computeIfAbsent(t, x -> new ArrayList<>()).add(fk);
                } else {
                    ps.add(parent);
                }
            }
            acyclic.put(t, ps);
        }
        return new TableOrder(topological(acyclic), deferred);
    }

    /** Kahn's algorithm, always taking the first ready table in name order. */
    private static List<Table> topological(Map<Table, List<Table>> parents) {
        List<Table> out = new ArrayList<>();
        Set<Table> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Table> pending = new ArrayList<>(parents.keySet());
        while (!pending.isEmpty()) {
            for (int i = 0; i < pending.size(); i++) {
                Table t = pending.get(i);
                if (placed.containsAll(parents.get(t))) {
                    out.add(t);
                    placed.add(t);
                    pending.remove(i);
                    break;
                }
            }
        }
        return out;
    }

    static String key(String schema, String name) {
        return (schema == null ? "" : schema) + "." + name;
    }

    private static String referredKey(Table from, ForeignKey fk) {
        return key(fk.referredSchema() != null ? fk.referredSchema() : from.schema(), fk.referredTable());
    }

    /** Tarjan's strongly connected components over "refers to" edges. */
    private static final class Components {
        private final Map<Table, List<Table>> edges;
        private final Map<Table, Integer> index = new IdentityHashMap<>();
        private final Map<Table, Integer> low = new IdentityHashMap<>();
        private final Deque<Table> stack = new ArrayDeque<>();
        private final Set<Table> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Table, Integer> component = new IdentityHashMap<>();
        private int counter;

        Components(Map<Table, List<Table>> edges) {
            this.edges = edges;
        }

        Map<Table, Integer> find() {
            for (Table t : edges.keySet()) {
                if (!index.containsKey(t)) {
                    visit(t);
                }
            }
            return component;
        }

        private void visit(Table t) {
            index.put(t, counter);
            low.put(t, counter++);
            stack.push(t);
            onStack.add(t);
            for (Table next : edges.get(t)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(t, Math.min(low.get(t), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(t, Math.min(low.get(t), index.get(next)));
                }
            }
            if (low.get(t).equals(index.get(t))) {
                Table member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.put(member, index.get(t));
                } while (member != t);
            }
        }
    }
}
