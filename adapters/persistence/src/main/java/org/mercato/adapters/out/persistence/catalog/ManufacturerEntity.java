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
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A manufacturer; in the search index, part of each of its products' documents ({@code manufacturer.*}). */
@Entity
// Search reads a changed product anew into its catalog snapshot (CatalogChangeListener).
@EntityListeners(CatalogChangeListener.class)
@Table(name = "manufacturer")
public class ManufacturerEntity {
    @Id
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    UUID id;
    @Column(nullable = false)
    @FullTextField(projectable = Projectable.YES)
    String name;
    @Column(nullable = false)
    String country;
    /** The inverse side lets Hibernate Search reindex the products when a manufacturer is renamed. */
    @OneToMany(mappedBy = "manufacturer")
    List<ProductEntity> products = new ArrayList<>();
}
