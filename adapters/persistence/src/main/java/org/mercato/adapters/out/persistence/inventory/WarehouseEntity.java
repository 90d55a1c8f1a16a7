package org.mercato.adapters.out.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "warehouse")
public class WarehouseEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String code;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String city;
}
