package dev.retort.runtime.load;

import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptFormat;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Turns the revision files a plan needs into {@link LoadedRevision}s: SQL files are split into
 * statements; Java files are compiled (only those not in the class cache, all in one compiler task)
 * and instantiated. Nothing is compiled for a plan of SQL files only, and nothing at all when every
 * Java file is cached.
 */
public final class RevisionLoader {
    private final ClassCache cache;
    private final RevisionCompiler compiler;
    private final RevisionInstantiator instantiator;
    private final SqlBodyReader sqlReader;

    /**
     * @param scriptLocation the script directory; the class cache is its {@code .retort-cache}
     * @param syntax         how the target database's SQL is split into statements
     * @param extraClasspath entries Java revisions may use besides retort (the application's classes)
     */
    public RevisionLoader(Path scriptLocation, SqlSyntax syntax, List<Path> extraClasspath) {
        this.cache = new ClassCache(scriptLocation);
        this.compiler = new RevisionCompiler(cache, extraClasspath);
        this.instantiator = new RevisionInstantiator(parentLoader(extraClasspath));
        this.sqlReader = new SqlBodyReader(syntax);
    }

    /**
     * Loads {@code scripts}, keeping their order.
     *
     * @throws RetortException when a file cannot be read, an SQL file cannot be split, or Java
     *                         files do not compile (listing every error; nothing is run then)
     */
    public List<LoadedRevision> load(List<RevisionScript> scripts) {
        List<Content> contents = new ArrayList<>();
        List<JavaSource> sources = new ArrayList<>();
        for (RevisionScript script : scripts) {
            byte[] bytes = read(script.path());
            Content content = new Content(script, bytes, Checksums.hex(bytes));
            contents.add(content);
            if (script.format() == ScriptFormat.JAVA && !cache.contains(content.hash())) {
                // only what the compiler will see: a JavaSource's URI costs as much as hashing the file
                sources.add(new JavaSource(script.path(), content.hash(), bytes));
            }
        }
        compiler.compile(sources);
        List<RevisionInstantiator.Compiled> compiled = new ArrayList<>();
        for (Content content : contents) {
            RevisionScript script = content.script();
            if (script.format() == ScriptFormat.JAVA) {
                compiled.add(new RevisionInstantiator.Compiled(cache.entry(content.hash()), script.id(), script.path()));
            }
        }
        Iterator<Migration> migrations = instantiator.instantiateAll(compiled).iterator();
        List<LoadedRevision> loaded = new ArrayList<>();
        for (Content content : contents) {
            RevisionScript script = content.script();
            String checksum = Checksums.PREFIX + content.hash();
            if (script.format() == ScriptFormat.JAVA) {
                loaded.add(LoadedRevision.ofMigration(script, checksum, migrations.next()));
            } else {
                String text = new String(content.bytes(), StandardCharsets.UTF_8);
                loaded.add(LoadedRevision.ofSql(script, checksum, sqlReader.read(text, script.path().toString())));
            }
        }
        return List.copyOf(loaded);
    }

    /** A revision file's bytes as read once, with their hash. */
    private record Content(RevisionScript script, byte[] bytes, String hash) {
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RetortException("Cannot read revision file " + file + ": " + e.getMessage(), e);
        }
    }

    private static ClassLoader parentLoader(List<Path> extraClasspath) {
        ClassLoader own = Migration.class.getClassLoader();
        if (extraClasspath.isEmpty()) {
            return own;
        }
        URL[] urls = new URL[extraClasspath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = extraClasspath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new RetortException("Bad class path entry " + extraClasspath.get(i) + ": " + e.getMessage(), e);
            }
        }
        return new URLClassLoader(urls, own);
    }
}
