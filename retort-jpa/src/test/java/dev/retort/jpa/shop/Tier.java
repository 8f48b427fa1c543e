package dev.retort.jpa.shop;

/** Stored by ordinal: a small integer. */
public enum Tier { BRONZE, SILVER, GOLD }
