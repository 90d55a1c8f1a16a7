package org.mercato.application.catalog.port.in;

import java.util.List;

/** Every manufacturer of the marketplace, by name, with how many products each has. */
public interface ListManufacturersUseCase {

    List<ManufacturerSummary> listManufacturers();
}
