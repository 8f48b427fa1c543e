package dev.retort.autogenerate;

import dev.retort.RetortException;
import dev.retort.dialect.Dialects;
import dev.retort.migration.RecordingOp;
import dev.retort.migration.SchemaDefinition;
import dev.retort.schema.SchemaModel;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code schema_class = "com.example.db.AppSchema"}: a {@link SchemaDefinition} on the model
 * class path, run against a {@link RecordingOp}; the tables, indexes, constraints, enum types and
 * sequences it creates are the model.
 */
public final class SchemaClassSource implements ModelSource {
    private final String className;
    private final List<Path> classpath;

    public SchemaClassSource(String className, List<Path> classpath) {
        this.className = className;
        this.classpath = List.copyOf(classpath);
    }

    @Override
    public SchemaModel read(ModelTarget target) {
        RecordingOp op = new RecordingOp();
        try (URLClassLoader loader = ModelClassPath.loader(classpath)) {
            instantiate(loader).define(op);
        } catch (IOException e) {
            throw new RetortException("Cannot close the model class path " + classpath + ": " + e.getMessage(), e);
        }
        return RecordedSchema.toModel(op.operations(), Dialects.of(target.url().kind()).reflector()::readBack);
    }

    private SchemaDefinition instantiate(ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException("schema_class " + className + " is not on the model classpath " + classpath
                    + ": " + e, e);
        }
        if (!SchemaDefinition.class.isAssignableFrom(type)) {
            throw new RetortException("schema_class " + className + " does not implement "
                    + SchemaDefinition.class.getName());
        }
        try {
            return (SchemaDefinition) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new RetortException("schema_class " + className + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new RetortException("schema_class " + className + ": constructor failed: " + e.getCause(), e);
        }
    }
}
