package com.example.shop.repository;

import com.example.shop.domain.Customer;
import com.example.shop.domain.PurchaseOrder;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {
    List<PurchaseOrder> findByCustomerOrderByPlacedAt(Customer customer);

    @Query("select coalesce(sum(o.total), 0) from PurchaseOrder o where o.customer = ?1")
    BigDecimal totalSpentBy(Customer customer);
}
