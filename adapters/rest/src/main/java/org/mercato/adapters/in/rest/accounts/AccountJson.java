package org.mercato.adapters.in.rest.accounts;

import org.mercato.application.accounts.port.in.ShopperProfile;

public record AccountJson(String id, String email, String name, String phone, String createdAt) {

    static AccountJson of(ShopperProfile p) {
        return new AccountJson(p.id().toString(), p.email(), p.name(), p.phone(), p.createdAt().toString());
    }
}
