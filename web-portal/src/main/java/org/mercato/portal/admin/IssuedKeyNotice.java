package org.mercato.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The one showing of a newly issued key. Request scope on purpose: the plain key lives for the one
 * response that displays it and is never kept in the session or the view state.
 */
@Named
@RequestScoped
public class IssuedKeyNotice {

    private String plainKey;
    private String name;

    void show(String name, String plainKey) {
        this.name = name;
        this.plainKey = plainKey;
    }

    public boolean isPresent() {
        return plainKey != null;
    }

    public String getPlainKey() {
        return plainKey;
    }

    public String getName() {
        return name;
    }
}
