package dev.retort.runtime.load;

import java.util.List;

/**
 * The statements of an SQL revision file's two sections.
 *
 * @param upgrade    the statements after {@code -- retort: upgrade}
 * @param downgrade  the statements after {@code -- retort: downgrade}; empty when there is none
 * @param reversible false when the file has no {@code -- retort: downgrade} line
 */
public record SqlBody(List<SqlStatement> upgrade, List<SqlStatement> downgrade, boolean reversible) {
    public SqlBody {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }
}
