package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoices")
public class Invoice extends Document {
    @Column(name = "due", nullable = false)
    java.time.LocalDate due;
}
