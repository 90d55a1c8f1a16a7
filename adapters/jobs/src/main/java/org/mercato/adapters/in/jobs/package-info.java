/**
 * Inbound adapter for work nobody requests over HTTP: start-up and, later, timers. It is an EJB module
 * because {@code @Startup} and {@code @Schedule} beans must live in one; each bean only calls an in-port.
 */
package org.mercato.adapters.in.jobs;
