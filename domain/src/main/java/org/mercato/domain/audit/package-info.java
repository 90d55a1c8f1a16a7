/** The audit trail: who did what to whom, when and from where (sign-ins, role changes, API keys). */
package org.mercato.domain.audit;
