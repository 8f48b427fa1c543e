package dev.retort.dialect;

import dev.retort.schema.EnumType;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The tables of one reflection, by name, the excluded ones (version tables) never admitted. */
final class ReflectedTables {
    private final Map<String, TableAccumulator> tables = new TreeMap<>();
    private final String schema;
    private final ReflectOptions options;

    /** @param schema the schema the tables get in the model (null for the current one) */
    ReflectedTables(String schema, ReflectOptions options) {
        this.schema = schema;
        this.options = options;
    }

    void add(String name, String comment) {
        if (!options.excludes(name)) {
            tables.put(name, new TableAccumulator(schema, name, comment));
        }
    }

    /** The table of that name, or null when it is excluded or unknown (rows of such tables are skipped). */
    TableAccumulator get(String name) {
        return tables.get(name);
    }

    SchemaModel model(List<EnumType> enums, List<Sequence> sequences) {
        List<Table> built = tables.values().stream().map(TableAccumulator::build).toList();
        return new SchemaModel(built, enums, sequences);
    }
}
