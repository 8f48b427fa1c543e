package dev.retort.runtime.load;

import java.util.function.Supplier;

/** A value computed on first use and kept: a failure is not kept, so the next call tries again. */
final class Memo<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private T value;

    Memo(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}
