package dev.retort.autogenerate;

import dev.retort.config.ModelConfig;
import dev.retort.schema.SchemaModel;

/** A provider registered in the test class path's META-INF/services, for {@link ModelSourcesTest}. */
public final class TestModelSourceProvider implements ModelSourceProvider {
    @Override
    public String key() {
        return "test_source";
    }

    @Override
    public ModelSource create(ModelConfig config) {
        return target -> SchemaModel.empty();
    }
}
