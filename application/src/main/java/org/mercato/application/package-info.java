/**
 * The use cases of Mercato. Per bounded context: {@code port.in} holds one interface per use case
 * (with its command or query record), {@code port.out} what the use cases need from the world, and
 * {@code service} one CDI bean per use case, transactional where it changes state.
 */
package org.mercato.application;
