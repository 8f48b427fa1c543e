package dev.retort.autogenerate;

import java.util.ArrayList;
import java.util.List;

/**
 * The upgrade steps of a comparison collected by phase, which fixes their order: each phase only
 * needs what the earlier ones made, and the downgrade (the reverses, last first) only what the
 * later ones left.
 */
final class Plan {
    /** Enum types, their new values, sequences: before any table uses them. */
    final List<Step> typesFirst = new ArrayList<>();
    /** Hinted renames. */
    final List<Step> renames = new ArrayList<>();
    /** Foreign keys dropped from kept tables: before the tables they refer to go. */
    final List<Step> dropForeignKeys = new ArrayList<>();
    /** Dropped tables, children first. */
    final List<Step> dropTables = new ArrayList<>();
    /** Indexes and other constraints dropped from kept tables: before their columns go. */
    final List<Step> dropConstraints = new ArrayList<>();
    /** Columns added, altered, dropped. */
    final List<Step> columns = new ArrayList<>();
    /** Keys, checks, indexes and comments on kept tables: before new tables refer to them. */
    final List<Step> addConstraints = new ArrayList<>();
    /** New tables, parents first, with their indexes and comments. */
    final List<Step> createTables = new ArrayList<>();
    /** Foreign keys added to kept tables and those that close a cycle of new tables. */
    final List<Step> addForeignKeys = new ArrayList<>();
    /** Enum types and sequences no longer used. */
    final List<Step> typesLast = new ArrayList<>();
    /** Differences no operation expresses. */
    final List<String> notes = new ArrayList<>();

    Changes changes() {
        List<Step> all = new ArrayList<>();
        for (List<Step> phase : List.of(typesFirst, renames, dropForeignKeys, dropTables, dropConstraints, columns,
                addConstraints, createTables, addForeignKeys, typesLast)) {
            all.addAll(phase);
        }
        return new Changes(all, notes);
    }
}
