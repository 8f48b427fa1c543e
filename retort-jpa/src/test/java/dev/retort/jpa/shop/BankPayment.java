package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("BANK")
public class BankPayment extends Payment {
    @Column(name = "iban", length = 34)
    String iban;
}
