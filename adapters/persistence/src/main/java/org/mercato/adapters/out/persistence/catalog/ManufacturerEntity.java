package org.mercato.adapters.out.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "manufacturer")
public class ManufacturerEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String country;
}
