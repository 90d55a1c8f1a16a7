package org.mercato.it;

import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Issues an integrator API key the way an administrator does: on the admin portal, shown once. */
final class IssuedKeys {

    private IssuedKeys() {
    }

    static String issue(String... scopes) {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            Browser.signIn(browser, "admin");
            browser.get(Http.APP + "/portal/admin/api-keys.xhtml");
            Browser.waitFor(browser, By.id("api-keys-title"));
            browser.findElement(By.id("create-key:name")).sendKeys("IT " + String.join("+", scopes) + " "
                    + UUID.randomUUID().toString().substring(0, 8));
            for (String scope : scopes) {
                browser.findElement(By.xpath("//label[@for and normalize-space()='" + scope + "']")).click();
            }
            Browser.click(browser, By.id("create-key:create"));
            return Browser.waitFor(browser, By.id("issued-key")).getText();
        } finally {
            browser.quit();
        }
    }
}
