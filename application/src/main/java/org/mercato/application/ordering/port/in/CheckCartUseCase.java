package org.mercato.application.ordering.port.in;

import java.util.UUID;

/**
 * Checks every cart line against the stock now, without reserving anything: OK, NOT_ENOUGH or NOT_FOUND
 * per line. Only order placement reserves, so a passed check is advice, not a promise.
 */
public interface CheckCartUseCase {

    CartCheck check(UUID accountId);
}
