package org.mercato.adapters.out.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "category")
public class CategoryEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String slug;
    @Column(nullable = false)
    String name;
    @Column(name = "sort_order", nullable = false)
    int sortOrder;
}
