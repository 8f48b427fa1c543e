package dev.retort.migration;

/** A revision's body: what upgrade does, and how downgrade undoes it. */
public interface Migration {
    void upgrade(Op op);

    void downgrade(Op op);
}
