package org.mercato.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployable the build produced, exactly as operators deploy it: tests add nothing to it. */
public final class MercatoDeployment {

    private MercatoDeployment() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("mercato.ear", "target/mercato.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
