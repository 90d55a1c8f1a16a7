/**
 * Ordering: orders, their lines, the order state machine and the events an order emits. Cart and
 * wishlist live here too. Plain Java only.
 */
package org.mercato.domain.ordering;
