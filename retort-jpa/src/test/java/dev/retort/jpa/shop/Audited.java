package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** Columns every subclass table gets. */
@MappedSuperclass
public abstract class Audited {
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    long version;
}
