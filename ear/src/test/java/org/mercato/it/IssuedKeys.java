package org.mercato.it;

import java.time.Duration;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issues an integrator API key the way an administrator does: on the admin portal, shown once. */
final class IssuedKeys {

    private IssuedKeys() {
    }

    static String issue(String... scopes) {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(Http.APP + "/portal/login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("admin");
            browser.findElement(By.id("login:password")).sendKeys("mercato-demo");
            browser.findElement(By.id("login:sign-in")).click();
            wait.until(ExpectedConditions.urlContains("/portal/"));
            browser.get(Http.APP + "/portal/admin/api-keys.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-keys-title")));
            browser.findElement(By.id("create-key:name")).sendKeys("IT " + String.join("+", scopes) + " "
                    + UUID.randomUUID().toString().substring(0, 8));
            for (String scope : scopes) {
                browser.findElement(By.xpath("//label[@for and normalize-space()='" + scope + "']")).click();
            }
            WebElement body = browser.findElement(By.tagName("body"));
            browser.findElement(By.id("create-key:create")).click();
            wait.until(ExpectedConditions.or(ExpectedConditions.stalenessOf(body),
                    ExpectedConditions.visibilityOfElementLocated(By.id("issued-key"))));
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-key"))).getText();
        } finally {
            browser.quit();
        }
    }
}
