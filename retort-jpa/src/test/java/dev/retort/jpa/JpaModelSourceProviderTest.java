package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.autogenerate.ModelSource;
import dev.retort.autogenerate.ModelSources;
import dev.retort.autogenerate.ModelTarget;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.ModelConfig;
import dev.retort.dialect.ReflectOptions;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retort-core's {@link ModelSources} finds this module's source for {@code jpa_packages}. */
class JpaModelSourceProviderTest {
    @TempDir
    Path dir;

    private ModelTarget sqlite() {
        return new ModelTarget(DatabaseUrl.parse("sqlite:///app.db", dir), null,
                ReflectOptions.excludingVersionTables("retort_version", w -> { }), dir);
    }

    private static ModelSource source(String jpaPackage) {
        return ModelSources.of(new ModelConfig(List.of(), List.of(jpaPackage), Optional.empty(), Optional.empty(),
                Optional.empty(), false, List.of()));
    }

    @Test
    void jpaPackagesAreReadThroughTheProvider() {
        SchemaModel model = source("dev.retort.jpa.naming").read(sqlite());
        assertThat(model.tables()).extracting(Table::name).containsExactly("LineItem");
    }

    @Test
    void mappingErrorsAreRetortErrorsNamingThePackages() {
        assertThatThrownBy(() -> source("com.example.nothing").read(sqlite()))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("jpa_packages [com.example.nothing]: ");
    }
}
