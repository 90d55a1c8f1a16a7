package org.mercato.application.catalog.port.in;

import org.mercato.domain.catalog.ManufacturerId;

public record ManufacturerSummary(ManufacturerId id, String name, String country, long productCount) {
}
