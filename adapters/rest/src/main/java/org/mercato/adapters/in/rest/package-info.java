/**
 * Inbound REST adapter: resources translate HTTP into commands and queries, call one in-port each,
 * and translate the answer (or the failure, as problem details) back. No business rule lives here.
 */
package org.mercato.adapters.in.rest;
