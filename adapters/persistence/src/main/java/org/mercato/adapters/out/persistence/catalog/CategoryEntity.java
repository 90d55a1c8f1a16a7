package org.mercato.adapters.out.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import org.mercato.adapters.out.persistence.search.CatalogChangeListener;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A category; in the search index, part of each of its products' documents ({@code category.*}). */
@Entity
// Search reads a changed product anew into its catalog snapshot (CatalogChangeListener).
@EntityListeners(CatalogChangeListener.class)
@Table(name = "category")
public class CategoryEntity {
    @Id
    UUID id;
    /** In the index, to narrow a text search to a category (ADR 0013, 0021). */
    @Column(nullable = false)
    @KeywordField
    String slug;
    @Column(nullable = false)
    String name;
    @Column(name = "sort_order", nullable = false)
    int sortOrder;
    /** The inverse side lets Hibernate Search reindex the products when a category's slug changes. */
    @OneToMany(mappedBy = "category")
    List<ProductEntity> products = new ArrayList<>();
}
