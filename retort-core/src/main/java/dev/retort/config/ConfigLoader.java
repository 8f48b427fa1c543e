package dev.retort.config;

import dev.retort.RetortException;
import dev.retort.script.ScriptFormat;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads one section of retort.toml into a {@link RetortConfig}: finds the file, parses it,
 * refuses unknown keys, interpolates strings, types values, applies defaults, resolves relative
 * paths against the file's directory, and picks the URL ({@code --url} > {@code -x url=} >
 * {@code $RETORT_URL} > {@code url}). Every problem is a one-line {@link RetortException}.
 */
public final class ConfigLoader {
    /** The tokens {@code file_template} may use. */
    public static final List<String> FILE_TEMPLATE_TOKENS =
            List.of("rev", "slug", "year", "month", "day", "hour", "minute", "second", "epoch");

    /** Loads the config the request names. */
    public RetortConfig load(ConfigRequest request) {
        ConfigFileLocator.ConfigSource source = ConfigFileLocator.locate(request);
        String section = request.section();
        if (!TomlFiles.exists(source.path())) {
            throw notFound(source.shown(), section);
        }
        TomlTable toml = TomlFiles.read(source.path());
        Object sectionValue = toml.get(section);
        if (sectionValue == null) {
            throw notFound(source.shown(), section);
        }
        if (!(sectionValue instanceof TomlTable table)) {
            throw new ConfigException("'" + section + "' in " + source.path() + " must be a table: write [" + section + "]");
        }
        Path here = source.path().getParent();
        Interpolator interpolator = new Interpolator(request.xArguments(), request.environment(), here);
        SectionReader reader = new SectionReader(table, section, source.path(), interpolator);
        return read(reader, request, source.path(), here);
    }

    private RetortConfig read(SectionReader reader, ConfigRequest request, Path file, Path here) {
        String section = reader.tableName();
        String hooksName = section + "." + ConfigKeys.HOOKS;
        String modelName = section + "." + ConfigKeys.MODEL;
        KeyChecker.check(reader.table(), section, file, ConfigKeys.SECTION,
                Map.of(hooksName, ConfigKeys.HOOKS_TABLE, modelName, ConfigKeys.MODEL_TABLE));
        Optional<SectionReader> hooksReader = reader.subTable(ConfigKeys.HOOKS);
        Optional<SectionReader> modelReader = reader.subTable(ConfigKeys.MODEL);
        hooksReader.ifPresent(h -> KeyChecker.check(h.table(), hooksName, file, ConfigKeys.HOOKS_TABLE,
                Map.of(section, ConfigKeys.SECTION, modelName, ConfigKeys.MODEL_TABLE)));
        modelReader.ifPresent(m -> KeyChecker.check(m.table(), modelName, file, ConfigKeys.MODEL_TABLE,
                Map.of(section, ConfigKeys.SECTION, hooksName, ConfigKeys.HOOKS_TABLE)));

        Path scriptLocation = here.resolve(reader.string("script_location")
                .orElse(RetortConfig.DEFAULT_SCRIPT_LOCATION)).normalize();
        List<Path> versionLocations = paths(here, reader.strings("version_locations"));
        DeferredUrl deferredUrl = DeferredUrl.of(request, reader);
        return new RetortConfig(
                Optional.of(file),
                here,
                section,
                scriptLocation,
                deferredUrl.value(),
                reader.string("schema"),
                reader.string("version_table").orElse(RetortConfig.DEFAULT_VERSION_TABLE),
                reader.string("version_table_schema"),
                reader.duration("lock_timeout").orElse(RetortConfig.DEFAULT_LOCK_TIMEOUT),
                versionLocations.isEmpty() ? List.of(scriptLocation.resolve("versions")) : versionLocations,
                fileTemplate(reader),
                truncateSlugLength(reader),
                revisionFormat(reader),
                reader.bool("transaction_per_migration").orElse(false),
                timezone(reader),
                hooksReader.map(h -> new HooksConfig(h.strings("post_write"))).orElse(HooksConfig.none()),
                modelReader.map(m -> model(m, here)).orElse(ModelConfig.none()),
                request.xArguments(),
                request.workingDirectory(),
                deferredUrl.problem());
    }

    /** The URL, or why it could not be read: only commands that connect report that. */
    private record DeferredUrl(Optional<String> value, String problem) {
        static DeferredUrl of(ConfigRequest request, SectionReader reader) {
            try {
                return new DeferredUrl(url(request, reader), null);
            } catch (RetortException e) {
                return new DeferredUrl(Optional.empty(), e.getMessage());
            }
        }
    }

    /** {@code --url} > {@code -x url=} > {@code $RETORT_URL} > the config's {@code url}. */
    private static Optional<String> url(ConfigRequest request, SectionReader reader) {
        if (request.urlOverride() != null) {
            return Optional.of(request.urlOverride());
        }
        String fromX = request.xArguments().get("url");
        if (fromX != null && !fromX.isBlank()) {
            return Optional.of(fromX);
        }
        String fromEnvironment = request.environment().get(ConfigRequest.URL_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment);
        }
        return reader.string("url");
    }

    private static ModelConfig model(SectionReader model, Path here) {
        return new ModelConfig(
                paths(here, model.strings("classpath")),
                model.strings("jpa_packages"),
                model.string("schema_class"),
                model.string("sql").map(sql -> here.resolve(sql).normalize()),
                model.string("url"),
                model.bool("include_schemas").orElse(false),
                model.strings("exclude_tables"));
    }

    private static List<Path> paths(Path here, List<String> names) {
        return names.stream().map(name -> here.resolve(name).normalize()).toList();
    }

    private static String fileTemplate(SectionReader reader) {
        String template = reader.string("file_template").orElse(RetortConfig.DEFAULT_FILE_TEMPLATE);
        // each {name} with no brace inside; a scan, as a first regex costs ~5 ms at start-up
        int open = template.indexOf('{');
        while (open >= 0) {
            int next = open + 1;
            while (next < template.length() && template.charAt(next) != '{' && template.charAt(next) != '}') {
                next++;
            }
            if (next < template.length() && template.charAt(next) == '}') {
                String token = template.substring(open + 1, next);
                if (!FILE_TEMPLATE_TOKENS.contains(token)) {
                    throw reader.invalid("file_template", template, "unknown token {" + token
                            + "}; tokens: " + String.join(" ", FILE_TEMPLATE_TOKENS));
                }
            }
            open = template.indexOf('{', next);
        }
        return template;
    }

    private static int truncateSlugLength(SectionReader reader) {
        int length = reader.integer("truncate_slug_length").orElse(RetortConfig.DEFAULT_TRUNCATE_SLUG_LENGTH);
        if (length < 1) {
            throw reader.invalid("truncate_slug_length", String.valueOf(length), "use a positive number");
        }
        return length;
    }

    private static ScriptFormat revisionFormat(SectionReader reader) {
        Optional<String> name = reader.string("revision_format");
        try {
            return name.map(ScriptFormat::fromName).orElse(ScriptFormat.JAVA);
        } catch (RetortException e) {
            throw reader.invalid("revision_format", name.get(), "use java or sql");
        }
    }

    private static ZoneId timezone(SectionReader reader) {
        Optional<String> name = reader.string("timezone");
        try {
            return name.map(ZoneId::of).orElse(RetortConfig.DEFAULT_TIMEZONE);
        } catch (DateTimeException e) {
            throw reader.invalid("timezone", name.get(), "use a time-zone id such as UTC or Europe/Paris");
        }
    }

    private static RetortException notFound(String shown, String section) {
        return new ConfigException("No config file '" + shown + "' found, or file has no '[" + section
                + "]' section; run 'retort init migrations' to create one or pass -c FILE");
    }
}
