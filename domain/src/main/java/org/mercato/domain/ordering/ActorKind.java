package org.mercato.domain.ordering;

/** Who may trigger a transition: the shopper, warehouse staff, a courier, or Mercato itself. */
public enum ActorKind {
    SHOPPER,
    STAFF,
    COURIER,
    SYSTEM
}
