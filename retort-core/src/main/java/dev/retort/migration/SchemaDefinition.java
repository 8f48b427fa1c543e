package dev.retort.migration;

/**
 * A schema described in Java with the builders of {@link Op} ({@code schema_class} in
 * {@code [retort.model]}): {@link #define} calls {@code createTable}, {@code createIndex},
 * {@code createEnum}, {@code createSequence} and the {@code create*Constraint} methods, and
 * autogenerate compares the result with the database. The class needs a public no-argument
 * constructor.
 *
 * <pre>{@code
 * public final class AppSchema implements SchemaDefinition {
 *     public void define(Op op) {
 *         op.createTable("customer",
 *                 Types.column("id", Types.integer()),
 *                 Types.column("name", Types.varchar(100)),
 *                 Types.primaryKey(null, "id"));
 *         op.createIndex("ix_customer_name", "customer", "name");
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SchemaDefinition {
    /** Creates every table, index, enum type and sequence of the schema on {@code op}. */
    void define(Op op);
}
