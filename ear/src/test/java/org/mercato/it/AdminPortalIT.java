package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration pages in a real browser, under the portal's content security policy: API keys
 * (issued once, used against the API, revoked), the audit trail, staff roles, and the guards around
 * them (ADMIN only, forged view state, session id renewed at sign-in).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPortalIT {

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

    private void open() {
        browser = Browser.startRecordingCspViolations(1280, 900);
    }

    private void signIn(String username) {
        Browser.signIn(browser, username);
    }

    private WebElement waitFor(By locator) {
        return Browser.waitFor(browser, locator);
    }

    private void click(By locator) {
        Browser.click(browser, locator);
    }

    /** Clicks a button that submits the page and waits until the next page has replaced this one. */
    private void clickAndWaitForReload(By locator) {
        Browser.clickAndWaitForReload(browser, locator);
    }

    private void waitUntilReplaced(WebElement oldBody) {
        Browser.waitUntilReplaced(browser, oldBody);
    }

    private void assertNoContentSecurityViolations() {
        Object violations = browser.executeScript("return window.__cspViolations;");
        assertThat(violations).as("the violation recorder runs on " + browser.getCurrentUrl()).isInstanceOf(List.class);
        assertThat((List<?>) violations).as("content security policy violations on " + browser.getCurrentUrl()).isEmpty();
    }

    private WebElement row(String tableId, String cellClass, String text) {
        return waitFor(By.xpath("//*[@id='" + tableId + "']//tr[.//*[contains(@class,'" + cellClass + "') and normalize-space()='"
                + text + "']]"));
    }

    private void filterAudit(String action, String actor) {
        browser.get(PORTAL + "/admin/audit.xhtml");
        waitFor(By.id("audit-title"));
        if (action != null) {
            chooseAuditAction(action);
        }
        WebElement actorField = browser.findElement(By.id("audit-filter:actor"));
        actorField.clear();
        if (actor != null) {
            actorField.sendKeys(actor);
        }
        clickAndWaitForReload(By.id("audit-filter:apply"));
        waitFor(By.id("audit-title"));
    }

    /**
     * Picks an action through the PrimeFaces menu widget's own API: clicking its animated panel proved
     * flaky under load, and the menu itself is not what these tests are about.
     */
    private void chooseAuditAction(String action) {
        browser.executeScript("PF('auditAction').selectValue(arguments[0]);", action);
        assertThat(browser.findElement(By.id("audit-filter:action_label")).getText()).isEqualTo(action);
    }

    private List<WebElement> auditRows() {
        return browser.findElements(By.cssSelector("#audit-events\\:events_data tr:not(.ui-datatable-empty-message)"));
    }

    private static String cell(WebElement row, String cellClass) {
        return row.findElement(By.className(cellClass)).getText();
    }

    private static Http.Answer integrationsCall(String key) {
        return Http.send(HttpRequest.newBuilder(URI.create(Http.API + "/integrations/no-such-feed"))
                .header("X-Api-Key", key).GET());
    }

    @Test
    void an_issued_key_is_shown_once_works_against_the_api_and_is_refused_once_revoked() {
        open();
        signIn("admin");
        browser.get(PORTAL + "/admin/api-keys.xhtml");
        waitFor(By.id("api-keys-title"));
        String name = "IT feed " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("create-key:name")).sendKeys(name);
        click(By.xpath("//label[@for and normalize-space()='CATALOG_FEED']"));
        clickAndWaitForReload(By.id("create-key:create"));

        String key = waitFor(By.id("issued-key")).getText();
        assertThat(key).matches("mk_[a-z0-9]{8}_[A-Za-z0-9]{40}");
        assertThat(waitFor(By.id("issued-key-warning")).getText()).contains("will not be shown again");
        assertNoContentSecurityViolations();
        click(By.id("issued-key-done"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("issued-key")));

        // Shown once: the next visit lists the key by its prefix only.
        String prefix = key.substring(3, 11);
        browser.get(PORTAL + "/admin/api-keys.xhtml");
        WebElement listed = row("keys:key-table", "key-name", name);
        assertThat(listed.findElement(By.className("key-prefix")).getText()).isEqualTo("mk_" + prefix + "_…");
        assertThat(listed.getText()).contains("CATALOG_FEED", "admin", "never", "active");
        assertThat(browser.getPageSource()).doesNotContain(key.substring(12));

        // A valid key gets past the gate: no integrations resource exists yet, so the answer is the usual 404.
        Http.Answer passed = integrationsCall(key);
        assertProblem(passed, 404, "not-found");
        assertThat(passed.header("WWW-Authenticate")).isNull();
        browser.navigate().refresh();
        assertThat(row("keys:key-table", "key-name", name).getText()).doesNotContain("never");

        clickRevokeOf(name);
        assertThat(row("keys:key-table", "key-name", name).findElement(By.className("key-status")).getText())
                .startsWith("revoked by admin");
        assertThat(row("keys:key-table", "key-name", name).findElements(By.xpath(".//button[contains(@id,':revoke')]")))
                .isEmpty();
        assertNoContentSecurityViolations();

        Http.Answer refused = integrationsCall(key);
        assertProblem(refused, 401, "unauthorized");
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("ApiKey");

        filterAudit(null, "admin");
        assertThat(auditRows()).anySatisfy(r -> {
            assertThat(cell(r, "event-action")).isEqualTo("API_KEY_CREATED");
            assertThat(cell(r, "event-target")).isEqualTo("api-key " + prefix);
            assertThat(cell(r, "event-detail")).contains(name).doesNotContain(key.substring(12));
        }).anySatisfy(r -> {
            assertThat(cell(r, "event-action")).isEqualTo("API_KEY_REVOKED");
            assertThat(cell(r, "event-target")).isEqualTo("api-key " + prefix);
        });
    }

    private void clickRevokeOf(String keyName) {
        WebElement revoke = row("keys:key-table", "key-name", keyName).findElement(By.xpath(".//button[contains(@id,':revoke')]"));
        revoke.click();
        waitFor(By.id("confirm"));
        clickAndWaitForReload(By.id("confirm-yes"));
        waitFor(By.id("api-keys-title"));
    }

    @Test
    void the_audit_trail_shows_sign_ins_newest_first_including_failed_ones() {
        open();
        String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(PORTAL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(intruder);
        browser.findElement(By.id("login:password")).sendKeys("guess-" + intruder);
        clickAndWaitForReload(By.id("login:sign-in"));
        signIn("admin");

        filterAudit(null, null);
        WebElement newest = auditRows().get(0);
        assertThat(cell(newest, "event-action")).isEqualTo("STAFF_SIGN_IN");
        assertThat(cell(newest, "event-actor")).isEqualTo("admin");
        assertThat(cell(newest, "event-outcome")).isEqualTo("success");
        assertThat(browser.findElement(By.id("audit-events:events")).getText()).contains(intruder);

        filterAudit("STAFF_SIGN_IN", intruder);
        assertThat(auditRows()).singleElement().satisfies(r -> {
            assertThat(cell(r, "event-actor")).isEqualTo(intruder);
            assertThat(cell(r, "event-outcome")).isEqualTo("failure");
            assertThat(cell(r, "event-detail")).isEqualTo("unknown user");
        });
        assertNoContentSecurityViolations();
    }

    @Test
    void an_administrator_changes_a_couriers_roles_the_audit_shows_it_and_their_own_admin_role_stays() {
        open();
        signIn("admin");
        browser.get(PORTAL + "/admin/staff.xhtml");
        editStaffMember("courier");
        click(By.xpath("//*[@id='edit-member:roles']//label[normalize-space()='DELIVERY_MANAGER']"));
        clickAndWaitForReload(By.id("edit-member:save-roles"));
        assertThat(row("staff:members", "username", "courier").findElement(By.className("roles")).getText())
                .isEqualTo("COURIER, DELIVERY_MANAGER");

        filterAudit("STAFF_ROLES_CHANGED", "admin");
        assertThat(auditRows()).isNotEmpty().allSatisfy(r -> assertThat(cell(r, "event-action")).isEqualTo("STAFF_ROLES_CHANGED"));
        WebElement newest = auditRows().get(0);
        assertThat(cell(newest, "event-target")).isEqualTo("courier");
        assertThat(cell(newest, "event-detail")).isEqualTo("roles [COURIER] → [COURIER, DELIVERY_MANAGER]");

        // Taking the ADMIN role from oneself, or deactivating oneself, is refused with a message.
        browser.get(PORTAL + "/admin/staff.xhtml");
        editStaffMember("admin");
        click(By.xpath("//*[@id='edit-member:roles']//label[normalize-space()='ADMIN']"));
        clickAndWaitForReload(By.id("edit-member:save-roles"));
        assertThat(waitFor(By.cssSelector(".ui-messages-error")).getText()).contains("cannot remove your own ADMIN role");
        click(By.id("edit-member:deactivate"));
        waitFor(By.id("confirm"));
        clickAndWaitForReload(By.id("confirm-yes"));
        assertThat(waitFor(By.cssSelector(".ui-messages-error")).getText()).contains("cannot deactivate your own account");
        browser.get(PORTAL + "/admin/staff.xhtml");
        WebElement admin = row("staff:members", "username", "admin");
        assertThat(admin.findElement(By.className("roles")).getText()).contains("ADMIN");
        assertThat(admin.findElement(By.className("active")).getText()).isEqualTo("yes");
        assertNoContentSecurityViolations();

        // Leave the demo courier as it was for the other tests.
        editStaffMember("courier");
        click(By.xpath("//*[@id='edit-member:roles']//label[normalize-space()='DELIVERY_MANAGER']"));
        clickAndWaitForReload(By.id("edit-member:save-roles"));
        assertThat(row("staff:members", "username", "courier").findElement(By.className("roles")).getText())
                .isEqualTo("COURIER");
    }

    @Test
    void deactivating_a_member_ends_their_open_session_at_their_next_page() {
        ChromeDriver clerk = Browser.start(1280, 900);
        try {
            clerk.get(PORTAL + "/login.xhtml");
            clerk.findElement(By.id("login:username")).sendKeys("clerk.berlin");
            clerk.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
            clerk.findElement(By.id("login:sign-in")).click();
            new WebDriverWait(clerk, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("warehouse-title")));

            open();
            signIn("admin");
            browser.get(PORTAL + "/admin/staff.xhtml");
            editStaffMember("clerk.berlin");
            click(By.id("edit-member:deactivate"));
            waitFor(By.id("confirm"));
            clickAndWaitForReload(By.id("confirm-yes"));
            assertThat(row("staff:members", "username", "clerk.berlin").findElement(By.className("active")).getText())
                    .isEqualTo("no");

            clerk.get(PORTAL + "/warehouse/index.xhtml");
            new WebDriverWait(clerk, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("access-changed")));
            assertThat(clerk.findElements(By.id("warehouse-title"))).isEmpty();
            clerk.get(PORTAL + "/warehouse/index.xhtml");
            assertThat(clerk.getCurrentUrl()).as("the session is over, not just the page").contains("/login.xhtml");

            filterAudit("STAFF_ACTIVATION_CHANGED", "admin");
            assertThat(cell(auditRows().get(0), "event-target")).isEqualTo("clerk.berlin");
            assertThat(cell(auditRows().get(0), "event-detail")).isEqualTo("active → inactive");
        } finally {
            clerk.quit();
            if (browser != null) {
                // Leave the demo clerk as it was for the other tests.
                browser.get(PORTAL + "/admin/staff.xhtml");
                editStaffMember("clerk.berlin");
                if (!browser.findElements(By.id("edit-member:activate")).isEmpty()) {
                    clickAndWaitForReload(By.id("edit-member:activate"));
                }
            }
        }
    }

    private void editStaffMember(String username) {
        WebElement edit = row("staff:members", "username", username).findElement(By.xpath(".//button[contains(@id,':edit')]"));
        WebElement body = browser.findElement(By.tagName("body"));
        edit.click();
        waitUntilReplaced(body);
        assertThat(waitFor(By.id("editing")).getText()).isEqualTo(username);
    }

    @Test
    void staff_without_the_admin_role_are_not_allowed_into_administration() {
        open();
        signIn("warehouse");
        for (String page : List.of("/admin/index.xhtml", "/admin/api-keys.xhtml", "/admin/audit.xhtml", "/admin/staff.xhtml")) {
            browser.get(PORTAL + page);
            assertThat(waitFor(By.id("denied-title")).getText()).as(page).isEqualTo("Not allowed");
            assertThat(browser.findElements(By.id("api-keys-title"))).isEmpty();
            assertThat(browser.findElements(By.id("audit-title"))).isEmpty();
            assertThat(browser.findElements(By.id("staff-title"))).isEmpty();
        }
    }

    @Test
    void a_form_posted_with_a_forged_view_state_is_refused_and_signs_nobody_in() {
        open();
        browser.get(PORTAL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        browser.executeScript("document.querySelector(\"#login input[name='jakarta.faces.ViewState']\").value = '-4242424242:4242';");
        clickAndWaitForReload(By.id("login:sign-in"));

        assertThat(waitFor(By.id("expired-title")).getText()).isEqualTo("This page has expired");
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
        browser.get(PORTAL + "/admin/index.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void signing_in_renews_the_session_id_so_an_id_known_before_opens_nothing() {
        open();
        browser.get(PORTAL + "/login.xhtml");
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(before).isNotNull();
        assertThat(before.isHttpOnly()).isTrue();
        assertThat(before.getSameSite()).isEqualTo("Lax");
        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("login:sign-in")).click();
        waitFor(By.id("signed-in-user"));
        Cookie after = browser.manage().getCookieNamed("JSESSIONID");

        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        Http.Answer withOldId = adminHomeWithSession(before.getValue());
        assertThat(withOldId.status()).isEqualTo(302);
        assertThat(withOldId.header("Location")).contains("/login.xhtml");
        assertThat(adminHomeWithSession(after.getValue()).status()).as("the renewed id is the signed-in one").isEqualTo(200);
    }

    private static Http.Answer adminHomeWithSession(String sessionId) {
        return Http.send(HttpRequest.newBuilder(URI.create(PORTAL + "/admin/index.xhtml"))
                .header("Cookie", "JSESSIONID=" + sessionId).GET());
    }
}
