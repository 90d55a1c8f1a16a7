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
import java.util.UUID;
import org.hibernate.proxy.HibernateProxy;

/** A SKU. Search reads SKUs into its catalog snapshot, not into the index (ADR 0021). */
@Entity
// Search reads a changed product anew into its catalog snapshot (CatalogChangeListener).
@EntityListeners(CatalogChangeListener.class)
@Table(name = "sku")
public class SkuEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sku_seq")
    @SequenceGenerator(name = "sku_seq", sequenceName = "sku_seq", allocationSize = 50)
    Long id;
    @Column(nullable = false)
    String code;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    ProductEntity product;
    @Column(name = "size_code", nullable = false)
    String sizeCode;
    @Column(nullable = false)
    String firmness;
    @Column(name = "height_cm", nullable = false)
    int heightCm;
    @Column(name = "price_amount", nullable = false)
    long priceAmount;
    @Column(name = "price_currency", nullable = false)
    String priceCurrency;
    /**
     * No unit available in any warehouse. Stock changes that cross zero write it with SQL under the SKU's
     * row lock (never through this entity, so the product is not read anew for it); search's catalog
     * snapshot keeps the value it read, and search overlays the later changes (ADR 0015, ADR 0021). A new
     * SKU has no stock, hence sold out.
     */
    @Column(name = "sold_out", insertable = false, updatable = false)
    boolean soldOut = true;

    /** For the search's change listener, which lives in another package; loads no lazy product. */
    public UUID productId() {
        if (product instanceof HibernateProxy proxy) {
            return (UUID) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return product.id;
    }
}
