package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

@Entity
@Table(name = "customers",
        indexes = @Index(name = "ix_customers_email", columnList = "email"),
        uniqueConstraints = @UniqueConstraint(name = "uq_customers_name", columnNames = {"first_name", "last_name"}))
@Comment("people who order")
public class Customer extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "email", length = 120, nullable = false)
    String email;

    @Column(name = "first_name", length = 50, nullable = false)
    String firstName;

    @Column(name = "last_name", length = 50, nullable = false)
    String lastName;

    @Column(name = "code", length = 12, unique = true)
    String code;

    @Embedded
    Address address;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    CustomerStatus status;

    @Enumerated(EnumType.ORDINAL)
    @Column(name = "tier")
    Tier tier;

    @Column(name = "active", nullable = false)
    @ColumnDefault("true")
    @Comment("false once closed")
    boolean active;

    @OneToMany(mappedBy = "customer")
    List<Order> orders;
}
