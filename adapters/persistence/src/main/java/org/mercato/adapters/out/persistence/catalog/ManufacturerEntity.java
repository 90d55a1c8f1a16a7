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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A manufacturer; in the search index, part of each of its products' documents ({@code manufacturer.*}). */
@Entity
// Search reads a changed product anew into its catalog snapshot (CatalogChangeListener).
@EntityListeners(CatalogChangeListener.class)
@Table(name = "manufacturer")
public class ManufacturerEntity {
    /** In the index, to narrow a text search to a manufacturer; the name is searched as text (ADR 0013, 0021). */
    @Id
    @KeywordField
    UUID id;
    @Column(nullable = false)
    @FullTextField
    String name;
    @Column(nullable = false)
    String country;
    /** The inverse side lets Hibernate Search reindex the products when a manufacturer is renamed. */
    @OneToMany(mappedBy = "manufacturer")
    List<ProductEntity> products = new ArrayList<>();
}
