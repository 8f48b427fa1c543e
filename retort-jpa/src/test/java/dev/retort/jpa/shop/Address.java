package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embedded value: its columns land in the owner's table. */
@Embeddable
public class Address {
    @Column(name = "street", length = 200)
    String street;

    @Column(name = "city", length = 80, nullable = false)
    String city;

    @Column(name = "zip", length = 10)
    String zip;
}
