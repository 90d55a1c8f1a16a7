/** The catalog context: manufacturers, categories, mattress models (products) and their SKUs. */
package org.mercato.domain.catalog;
