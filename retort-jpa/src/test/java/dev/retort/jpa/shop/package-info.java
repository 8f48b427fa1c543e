/** Test entities covering the mappings JpaModelSource reads: one shop domain, scanned as a package. */
package dev.retort.jpa.shop;
