/** Failure types every use case may raise; the inbound adapters translate them (422, 409, 403). */
package org.mercato.application.common;
