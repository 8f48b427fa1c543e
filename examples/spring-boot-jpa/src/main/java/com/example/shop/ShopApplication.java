package com.example.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The shop: customers and their orders in JPA. retort-spring-boot upgrades the database to head
 * at start-up, before Hibernate validates the schema against the entities
 * ({@code spring.jpa.hibernate.ddl-auto=validate} in application.properties).
 */
@SpringBootApplication
public class ShopApplication {
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
