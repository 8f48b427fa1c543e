package dev.retort.jpa.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** No explicit names: the physical naming strategy decides them. */
@Entity
public class LineItem {
    @Id
    Long id;

    BigDecimal unitPrice;

    float discountRate;
}
