package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Staff sign in to the portals in a real browser; each role sees its own portal and no other. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalLoginIT {

    private static final String PORTAL = Http.APP + "/portal";
    private static final String DEMO_PASSWORD = "mercato-demo";

    private ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String username, String password) {
        Browser.submitSignIn(browser, username, password);
    }

    private WebElement waitFor(By locator) {
        return Browser.waitFor(browser, locator);
    }

    @Test
    void warehouse_staff_land_in_the_warehouse_portal_and_see_the_assortment() {
        browser = Browser.start(1280, 900);
        browser.get(PORTAL + "/warehouse/index.xhtml");
        assertThat(browser.getCurrentUrl()).as("unauthenticated visitors are sent to sign in").contains("/login.xhtml");
        signIn("warehouse", DEMO_PASSWORD);
        assertThat(waitFor(By.id("warehouse-title")).getText()).isEqualTo("Warehouse");
        assertThat(browser.getCurrentUrl()).contains("/portal/warehouse/");
        List<WebElement> rows = browser.findElements(By.cssSelector("#categories tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("warehouse");
    }

    @Test
    void a_courier_lands_in_the_delivery_portal_on_a_phone_and_is_refused_the_warehouse() {
        browser = Browser.start(390, 844);
        signIn("courier", DEMO_PASSWORD);
        assertThat(waitFor(By.id("delivery-title")).getText()).isEqualTo("Deliveries");
        // Phone-sized: the page fits the screen without sideways scrolling.
        Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);

        browser.get(PORTAL + "/warehouse/index.xhtml");
        assertThat(waitFor(By.id("denied-title")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElements(By.id("warehouse-title"))).isEmpty();
    }

    @Test
    void a_wrong_password_is_refused_and_signing_out_ends_the_session() {
        browser = Browser.start(1280, 900);
        signIn("manager", "not-the-password");
        assertThat(waitFor(By.cssSelector(".ui-messages-error")).getText()).contains("Wrong username or password");
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();

        signIn("manager", DEMO_PASSWORD);
        waitFor(By.id("delivery-title"));
        browser.findElement(By.id("session:sign-out")).click();
        waitFor(By.id("login:username"));
        browser.get(PORTAL + "/delivery/index.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void an_administrator_may_open_both_portals() {
        browser = Browser.start(1280, 900);
        signIn("admin", DEMO_PASSWORD);
        waitFor(By.id("open-warehouse")).click();
        assertThat(waitFor(By.id("warehouse-title")).getText()).isEqualTo("Warehouse");
        browser.get(PORTAL + "/delivery/index.xhtml");
        assertThat(waitFor(By.id("delivery-title")).getText()).isEqualTo("Deliveries");
    }
}
