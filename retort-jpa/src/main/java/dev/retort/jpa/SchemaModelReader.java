package dev.retort.jpa;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.Sequence;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;

/**
 * Hibernate's relational model ({@code Metadata.getDatabase()}) as a retort {@link SchemaModel}:
 * the physical tables (not subselects, views or the union of a TABLE_PER_CLASS root), the
 * sequences of sequence generators, and one enum type per Java enum stored by name.
 */
final class SchemaModelReader {
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private SchemaModelReader() {
    }

    static SchemaModel read(Metadata metadata) {
        TableReader tableReader = new TableReader(new PortableTypes(metadata, metadata.getDatabase().getDialect()));
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(tableReader.read(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence s : namespace.getSequences()) {
                sequences.add(new Sequence(s.getName().getSchemaName() == null ? null
                        : s.getName().getSchemaName().getText(), s.getName().getSequenceName().getText(),
                        (long) s.getInitialValue(), (long) s.getIncrementSize()));
            }
        }
        tables.sort(Comparator.comparing(Table::name).thenComparing(Table::schema, NULLS_FIRST));
        sequences.sort(Comparator.comparing(Sequence::name).thenComparing(Sequence::schema, NULLS_FIRST));
        return new SchemaModel(tables, enums(tables), sequences);
    }

    /**
     * The enum types the tables' enum columns use, one per schema and name, ordered by name.
     *
     * @throws JpaModelException when two enums of the same name have different values
     */
    private static List<EnumType> enums(List<Table> tables) {
        Map<List<String>, EnumType> enums = new LinkedHashMap<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                ColumnType type = column.type();
                if (type.kind() != ColumnType.Kind.ENUM) {
                    continue;
                }
                EnumType enumType = new EnumType(table.schema(), type.enumName(), type.enumValues());
                EnumType seen = enums.putIfAbsent(java.util.Arrays.asList(table.schema(), type.enumName()), enumType);
                if (seen != null && !Objects.equals(seen.values(), enumType.values())) {
                    throw new JpaModelException("two enums map to type " + type.enumName() + " with different values: "
                            + seen.values() + " and " + enumType.values() + " (column " + table.name() + "."
                            + column.name() + ")");
                }
            }
        }
        List<EnumType> list = new ArrayList<>(enums.values());
        list.sort(Comparator.comparing(EnumType::name).thenComparing(EnumType::schema, NULLS_FIRST));
        return list;
    }
}
