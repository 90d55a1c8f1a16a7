package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;
import org.mercato.application.ordering.port.in.ClearCartLinesUseCase;
import org.mercato.application.ordering.port.out.CartLinesPort;
import org.mercato.domain.catalog.SkuCode;

@ApplicationScoped
@Transactional
public class ClearCartLinesService implements ClearCartLinesUseCase {

    private CartLinesPort lines;

    protected ClearCartLinesService() {
        // for CDI client proxies
    }

    @Inject
    public ClearCartLinesService(CartLinesPort lines) {
        this.lines = lines;
    }

    @Override
    public void clear(UUID accountId, Collection<SkuCode> skus) {
        if (!skus.isEmpty()) {
            lines.remove(accountId, skus);
        }
    }
}
