package org.mercato.adapters.in.rest.ordering;

/** {@code {"quantity": n}}; boxed so that a missing quantity is told apart from 0. */
public record QuantityRequest(Integer quantity) {
}
