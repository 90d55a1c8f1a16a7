package org.mercato.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine's packages (Debian: chromium, chromium-driver). Without them the
 * browser tests are skipped with a notice, unless MERCATO_REQUIRE_BROWSER=true (as in CI), where a
 * missing browser fails the run.
 */
public final class Browser {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CSP_RECORDER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });";

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static ChromeDriver start(int width, int height) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("MERCATO_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium is required (MERCATO_REQUIRE_BROWSER=true) but "
                    + CHROMIUM + " or " + DRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: install chromium and chromium-driver to run them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** A browser that records every content-security-policy violation of every page it opens. */
    public static ChromeDriver startRecordingCspViolations(int width, int height) {
        ChromeDriver driver = start(width, height);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
        return driver;
    }

    /** Signs a demo staff member in on the portal and waits for the signed-in page. */
    public static void signIn(ChromeDriver browser, String username) {
        submitSignIn(browser, username, "mercato-demo");
        waitFor(browser, By.id("signed-in-user"));
    }

    /** Fills in and submits the sign-in form, waiting for nothing: the caller checks the outcome. */
    public static void submitSignIn(ChromeDriver browser, String username, String password) {
        browser.get(Http.APP + "/portal/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:sign-in")).click();
    }

    public static WebElement waitFor(ChromeDriver browser, By locator) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public static void click(ChromeDriver browser, By locator) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Clicks a button that submits the page and waits until the next page has replaced this one. */
    public static void clickAndWaitForReload(ChromeDriver browser, By locator) {
        WebElement body = browser.findElement(By.tagName("body"));
        click(browser, locator);
        waitUntilReplaced(browser, body);
    }

    public static void waitUntilReplaced(ChromeDriver browser, WebElement oldBody) {
        new WebDriverWait(browser, WAIT).until(driver -> {
            try {
                oldBody.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or (Chromium, mid-navigation) "node does not belong to the document": replaced either way.
                return true;
            }
        });
    }
}
