package dev.retort.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.config.ModelConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing the model source, and finding one that another module provides. */
class ModelSourcesTest {
    private static ModelConfig config(List<String> jpaPackages, Optional<String> schemaClass) {
        return new ModelConfig(List.of(Path.of("classes")), jpaPackages, schemaClass, Optional.empty(),
                Optional.empty(), false, List.of());
    }

    @Test
    void findsARegisteredProviderByKey() {
        ModelSourceProvider p = ModelSources.provider("test_source", "retort-test", getClass().getClassLoader());
        assertThat(p).isInstanceOf(TestModelSourceProvider.class);
    }

    @Test
    void aMissingProviderNamesTheModuleInOneLine() {
        assertThatThrownBy(() -> ModelSources.provider("jpa_packages", "retort-jpa", getClass().getClassLoader()))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("jpa_packages needs retort-jpa on the class path: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void jpaPackagesWithoutRetortJpaFailsClearly() {
        assertThatThrownBy(() -> ModelSources.of(config(List.of("com.example"), Optional.empty())))
                .hasMessageStartingWith("jpa_packages needs retort-jpa on the class path");
    }

    @Test
    void schemaClassIsReadBySchemaClassSource() {
        assertThat(ModelSources.of(config(List.of(), Optional.of("com.example.AppSchema"))))
                .isInstanceOf(SchemaClassSource.class);
    }
}
