/** The accounts context: shoppers who buy, and staff who run the warehouse and the deliveries. */
package org.mercato.domain.accounts;
