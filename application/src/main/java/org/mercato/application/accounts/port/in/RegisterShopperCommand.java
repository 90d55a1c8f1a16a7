package org.mercato.application.accounts.port.in;

import org.mercato.application.common.Violations;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.PasswordPolicy;

/** What a new shopper gives; checks itself so that no use case ever sees an invalid one. */
public record RegisterShopperCommand(String email, String password, String name, String phone, String sourceAddress) {

    public RegisterShopperCommand {
        new Violations()
                .check(EmailAddress.isValid(email), "email", "must be a valid e-mail address")
                .check(PasswordPolicy.check(password).isEmpty(), "password",
                        PasswordPolicy.check(password).orElse(""))
                .check(name != null && !name.isBlank() && name.length() <= 200, "name",
                        "is required and at most 200 characters")
                .check(phone == null || phone.matches("\\+?[0-9 ()/-]{4,30}"), "phone",
                        "must be a phone number of digits, spaces and + ( ) / -")
                .throwIfAny();
        email = email.trim();
        name = name.trim();
    }

    /** Never prints the password, so a command that reaches a log leaks nothing. */
    @Override
    public String toString() {
        return "RegisterShopperCommand[email=" + email + ", name=" + name + "]";
    }
}
