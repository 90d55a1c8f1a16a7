package org.mercato.application.accounts.port.in;

import java.time.Instant;
import java.util.UUID;

public record ShopperProfile(UUID id, String email, String name, String phone, Instant createdAt) {
}
