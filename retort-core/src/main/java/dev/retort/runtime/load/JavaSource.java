package dev.retort.runtime.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.tools.SimpleJavaFileObject;

/**
 * A revision's Java source handed to the compiler from memory, so that what is compiled is exactly
 * the content that was hashed.
 */
final class JavaSource extends SimpleJavaFileObject {
    private final Path path;
    private final String hash;
    private final String content;

    JavaSource(Path path, String hash, byte[] content) {
        super(uriOf(path), Kind.SOURCE);
        this.path = path;
        this.hash = hash;
        this.content = new String(content, StandardCharsets.UTF_8);
    }

    private static URI uriOf(Path path) {
        return path.toAbsolutePath().toUri();
    }

    /** The file as the plan names it, for messages. */
    Path path() {
        return path;
    }

    /** The content hash: the name of the cache entry its classes go to. */
    String hash() {
        return hash;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return content;
    }
}
