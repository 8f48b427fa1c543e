package dev.retort.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code [SECTION.model]} table: where autogenerate and check find the model. Paths are
 * absolute (resolved against the config file's directory).
 *
 * @param classpath      where model classes are compiled
 * @param jpaPackages    packages of JPA entities
 * @param schemaClass    a Java schema class built with the Op builders
 * @param sql            a reference DDL script
 * @param url            a reference database URL (may hold a password: see {@link #toString()})
 * @param includeSchemas compare schemas other than the default one
 * @param excludeTables  tables never compared
 */
public record ModelConfig(
        List<Path> classpath,
        List<String> jpaPackages,
        Optional<String> schemaClass,
        Optional<Path> sql,
        Optional<String> url,
        boolean includeSchemas,
        List<String> excludeTables) {

    public ModelConfig {
        classpath = List.copyOf(classpath);
        jpaPackages = List.copyOf(jpaPackages);
        excludeTables = List.copyOf(excludeTables);
    }

    /** No model configured. */
    public static ModelConfig none() {
        return new ModelConfig(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                List.of());
    }

    /**
     * The keys naming a model source that are set ({@code jpa_packages}, {@code schema_class},
     * {@code sql}, {@code url}); autogenerate wants exactly one.
     */
    public List<String> sources() {
        List<String> sources = new ArrayList<>();
        if (!jpaPackages.isEmpty()) {
            sources.add("jpa_packages");
        }
        schemaClass.ifPresent(s -> sources.add("schema_class"));
        sql.ifPresent(s -> sources.add("sql"));
        url.ifPresent(s -> sources.add("url"));
        return List.copyOf(sources);
    }

    /** The password of {@link #url()}, if any, shown as {@code ***}. */
    @Override
    public String toString() {
        return Secrets.inUrl(url.orElse(null)).mask("ModelConfig[classpath=" + classpath + ", jpaPackages="
                + jpaPackages + ", schemaClass=" + schemaClass + ", sql=" + sql + ", url=" + url
                + ", includeSchemas=" + includeSchemas + ", excludeTables=" + excludeTables + "]");
    }
}
