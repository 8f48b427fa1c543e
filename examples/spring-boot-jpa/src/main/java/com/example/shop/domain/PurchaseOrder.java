package com.example.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An order a customer placed. */
@Entity
@Table(name = "purchase_order", indexes = @Index(name = "ix_purchase_order_placed_at", columnList = "placed_at"))
public class PurchaseOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_purchase_order_customer"))
    private Customer customer;

    @Column(name = "total", nullable = false, precision = 10, scale = 2)
    private BigDecimal total;

    @Column(name = "placed_at", nullable = false)
    private LocalDateTime placedAt;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Customer customer, BigDecimal total, LocalDateTime placedAt) {
        this.customer = customer;
        this.total = total;
        this.placedAt = placedAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }
}
