package org.mercato.application.catalog.port.out;

import java.util.List;
import org.mercato.application.catalog.port.in.ManufacturerSummary;

@FunctionalInterface
public interface LoadManufacturersPort {

    List<ManufacturerSummary> loadManufacturers();
}
