package org.mercato.adapters.in.rest.catalog;

import org.mercato.application.catalog.port.in.ManufacturerSummary;

public record ManufacturerJson(String id, String name, String country, long productCount) {

    static ManufacturerJson of(ManufacturerSummary m) {
        return new ManufacturerJson(m.id().toString(), m.name(), m.country(), m.productCount());
    }
}
