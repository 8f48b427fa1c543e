package dev.retort.jpa.shop;

/** Stored by name: an ENUM type. */
public enum CustomerStatus { ACTIVE, SUSPENDED, CLOSED }
