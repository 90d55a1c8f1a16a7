package org.mercato.application.accounts.port.in;

/**
 * Opens a shopper account. Fails with {@code InvalidInputException} for a malformed e-mail, a weak
 * password or a missing name, and with {@code ConflictException("email-taken")} for an address that
 * is already registered in any letter case. Rate limited per client address and per e-mail address.
 */
public interface RegisterShopperUseCase {

    ShopperProfile register(RegisterShopperCommand command);
}
