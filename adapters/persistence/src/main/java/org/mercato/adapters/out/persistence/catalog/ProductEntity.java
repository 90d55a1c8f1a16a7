package org.mercato.adapters.out.persistence.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import org.mercato.adapters.out.persistence.search.CatalogChangeListener;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;

/**
 * A product and, through Hibernate Search, its document in the search index {@code product}: the text
 * fields for fuzzy search, with manufacturer and category to narrow a text search (ADR 0013). SKUs,
 * availability, facets and orders come from search's catalog snapshot instead (ADR 0021).
 */
@Entity
// Search reads a changed product anew into its catalog snapshot (CatalogChangeListener).
@EntityListeners(CatalogChangeListener.class)
@Table(name = "product")
@Indexed(index = ProductEntity.INDEX)
public class ProductEntity {

    static final String INDEX = "product";

    @Id
    UUID id;
    @Column(nullable = false)
    @FullTextField
    String name;
    @Column(nullable = false)
    @FullTextField
    String description;
    @Column(nullable = false)
    @FullTextField
    String material;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "manufacturer_id")
    @IndexedEmbedded(includePaths = {"id", "name"})
    ManufacturerEntity manufacturer;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    @IndexedEmbedded(includePaths = {"slug"})
    CategoryEntity category;
    @ElementCollection
    @CollectionTable(name = "product_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "attr_name")
    @Column(name = "attr_value")
    Map<String, String> attributes = new HashMap<>();
    /** Not in the index: search keeps SKUs in this node's catalog snapshot (ADR 0021). */
    @OneToMany(mappedBy = "product")
    @OrderBy("code")
    List<SkuEntity> skus = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    /** Units sold so far: the "bestselling" order. Orders add to it once they exist. */
    @Column(name = "units_sold", nullable = false)
    long unitsSold;

    /** For the search's change listener, which lives in another package. */
    public UUID id() {
        return id;
    }
}
