package org.mercato.domain.ordering;

/** Where the order goes, copied into the order at placement so that editing the address book later changes nothing. */
public record DeliveryAddress(String recipient, String line1, String line2, String city, String postalCode, String country) {
}
