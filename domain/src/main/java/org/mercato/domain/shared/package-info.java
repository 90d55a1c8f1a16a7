/** Value objects shared by every bounded context: money and identifiers. */
package org.mercato.domain.shared;
