package dev.retort.cli;

import dev.retort.config.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A line-buffered output stream that replaces every known password with {@code ***} before the
 * text leaves the process: the last guard, so that not even a driver's exception message can
 * print one.
 */
final class MaskingStream extends OutputStream {
    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private volatile Secrets secrets = Secrets.none();

    MaskingStream(PrintStream target) {
        this.target = target;
    }

    static Secrets secretsInArguments(String[] args) {
        Secrets found = Secrets.none();
        for (String arg : args) {
            found = found.and(Secrets.foundIn(arg));
        }
        return found;
    }

    synchronized void addSecrets(Secrets more) {
        secrets = secrets.and(more);
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        target.flush();
    }

    private void emit() {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        target.print(secrets.isEmpty() ? text : secrets.mask(text));
    }
}
