package dev.retort.runtime;

import dev.retort.migration.Operation;
import java.util.List;

/**
 * What running a revision means to the runtime: its upgrade and downgrade as operations (each
 * with the line of the file it comes from, 0 when unknown), and the file's checksum.
 *
 * @param upgrade      operations of the upgrade, in order
 * @param downgrade    operations of the downgrade, in order
 * @param irreversible true when the file declares no downgrade
 * @param checksum     {@code sha256:<hex>} of the file, line endings normalized
 */
public record RevisionBody(List<Located> upgrade, List<Located> downgrade, boolean irreversible, String checksum) {
    public RevisionBody {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    /** An operation and the line of the revision file it comes from (0 if unknown). */
    public record Located(Operation operation, int line) {
    }

    public List<Located> operations(boolean up) {
        return up ? upgrade : downgrade;
    }
}
