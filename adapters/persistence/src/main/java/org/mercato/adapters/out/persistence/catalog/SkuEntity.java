package org.mercato.adapters.out.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import org.mercato.adapters.out.persistence.search.CatalogChangeListener;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A SKU; in the search index, a nested document of its product ({@code skus.*}). */
@Entity
// Cached search answers of this node go stale with any change (SearchResultCache).
@EntityListeners(CatalogChangeListener.class)
@Table(name = "sku")
public class SkuEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sku_seq")
    @SequenceGenerator(name = "sku_seq", sequenceName = "sku_seq", allocationSize = 50)
    Long id;
    @Column(nullable = false)
    @KeywordField
    String code;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    ProductEntity product;
    @Column(name = "size_code", nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    String sizeCode;
    @Column(nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    String firmness;
    @Column(name = "height_cm", nullable = false)
    int heightCm;
    @Column(name = "price_amount", nullable = false)
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES)
    long priceAmount;
    @Column(name = "price_currency", nullable = false)
    @KeywordField
    String priceCurrency;
    /**
     * No unit available in any warehouse. Stock changes that cross zero write it with SQL under the SKU's
     * row lock (never through this entity, so the product is not reindexed for it); the index keeps the
     * value it had when the product was indexed, and search overlays the later changes (ADR 0015). A new
     * SKU has no stock, hence sold out.
     */
    @Column(name = "sold_out", insertable = false, updatable = false)
    @GenericField
    boolean soldOut = true;
}
