package org.mercato.application.catalog.port.out;

import java.util.Set;
import org.mercato.domain.catalog.SkuCode;

/** Reads, from the committed stock, every SKU of which no unit is available in any warehouse. */
@FunctionalInterface
public interface LoadSoldOutSkusPort {

    Set<SkuCode> loadSoldOutSkus();
}
