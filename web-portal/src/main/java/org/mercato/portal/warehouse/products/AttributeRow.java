package org.mercato.portal.warehouse.products;

import java.io.Serializable;

/** One editable attribute line of the editor: a name and a value as typed. */
public final class AttributeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String value;

    AttributeRow(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
