package org.mercato.adapters.out.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
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
}
