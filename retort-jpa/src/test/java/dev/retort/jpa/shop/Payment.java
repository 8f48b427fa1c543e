package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** SINGLE_TABLE: one table for all payments, told apart by {@code kind}. */
@Entity
@Table(name = "payments")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 10)
public abstract class Payment {
    @Id
    Long id;

    @Column(name = "amount", precision = 10, scale = 2, nullable = false)
    BigDecimal amount;
}
