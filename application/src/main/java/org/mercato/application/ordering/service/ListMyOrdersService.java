package org.mercato.application.ordering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.InvalidInputException.FieldViolation;
import org.mercato.application.ordering.port.in.ListMyOrdersUseCase;
import org.mercato.application.ordering.port.in.OrderView;
import org.mercato.application.ordering.port.out.OrderStore;

@ApplicationScoped
@Transactional
public class ListMyOrdersService implements ListMyOrdersUseCase {

    public static final int MAX_PAGE_SIZE = 100;

    private OrderStore orders;

    protected ListMyOrdersService() {
        // for CDI client proxies
    }

    @Inject
    public ListMyOrdersService(OrderStore orders) {
        this.orders = orders;
    }

    @Override
    public OrderView.Page orders(UUID accountId, OrderQuery query) {
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new InvalidInputException(List.of(new FieldViolation("size", "page is 0 or more, size 1 to " + MAX_PAGE_SIZE)));
        }
        if (query.from().isPresent() && query.to().isPresent() && query.from().get().isAfter(query.to().get())) {
            throw new InvalidInputException(List.of(new FieldViolation("from", "must not be after to")));
        }
        return orders.list(accountId, query);
    }
}
