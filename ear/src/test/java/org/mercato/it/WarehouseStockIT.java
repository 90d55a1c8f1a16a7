package org.mercato.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The warehouse stock pages in a real browser, under the portal's content security policy: goods
 * receipts, adjustments, stocktakes and their ledger rows, the refusal of an impossible correction,
 * the low-stock filter, and a clerk kept to their own warehouse whatever the address says. The product
 * API shows a receipt at once, because the product page is evicted after the commit.
 *
 * <p>The tests work on demo product 1 (Dormio Fjord, SKUs {@code DOR-0002-…}), which no other test
 * checks, and compare before with after, so they hold on a database that earlier runs have changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarehouseStockIT {

    private static final String PORTAL = Http.APP + "/portal";
    private static final String DEMO_PASSWORD = "mercato-demo";
    private static final String PRODUCT_1 = UUID.nameUUIDFromBytes("mercato-demo:product:1".getBytes(StandardCharsets.UTF_8))
            .toString();
    private static final String PRODUCT_1_SKUS = "DOR-0002-";
    private static final String RECEIVED_A = "DOR-0002-160x200-MS-18";
    private static final String RECEIVED_B = "DOR-0002-90x200-MF-24";
    private static final String CORRECTED = "DOR-0002-140x200-MF-18";
    private static final int LOW_STOCK_THRESHOLD = 10;

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

    @Test
    void a_goods_receipt_raises_on_hand_of_exactly_its_skus_and_the_history_names_actor_and_reference() {
        open();
        signIn("warehouse");
        Product1Stock berlin = stockOfProduct1("BER-1");
        Product1Stock milan = stockOfProduct1("MIL-1");
        Map<String, Integer> berlinBefore = berlin.onHand();
        assertThat(berlinBefore).hasSize(16).containsKeys(RECEIVED_A, RECEIVED_B);
        // Read twice, so the product page is cached before the receipt and must be evicted to show it.
        Map<String, Integer> availableBefore = productAvailability();
        assertThat(availableBefore).as("the product API before the receipt")
                .isEqualTo(sum(berlin.available(), milan.available()));
        assertThat(productAvailability()).isEqualTo(availableBefore);

        String reference = "DN-IT-" + UUID.randomUUID().toString().substring(0, 8) + " <b>urgent</b>";
        browser.get(PORTAL + "/warehouse/receipt.xhtml");
        waitFor(By.id("receipt-title"));
        browser.executeScript("PF('receiptWarehouse').selectValue('BER-1');");
        browser.findElement(By.id("receipt:reference")).sendKeys(reference);
        fillReceiptLine(0, RECEIVED_A, 3);
        click(By.id("receipt:add-line"));
        waitFor(By.id("receipt:lines:1:sku"));
        fillReceiptLine(1, "DOR-9999-90x200-S-18", 5);

        // One unknown SKU: its line says so, and nothing of the receipt is booked.
        click(By.id("receipt:book"));
        assertThat(waitFor(By.id("receipt:lines:1:sku-error")).getText()).isEqualTo("There is no SKU DOR-9999-90x200-S-18.");
        assertThat(browser.findElements(By.id("receipt:lines:0:sku-error"))).isEmpty();
        assertThat(browser.findElements(By.id("receipt:booked"))).isEmpty();

        WebElement secondSku = browser.findElement(By.id("receipt:lines:1:sku"));
        secondSku.clear();
        secondSku.sendKeys(RECEIVED_B);
        WebElement secondQuantity = browser.findElement(By.id("receipt:lines:1:quantity"));
        secondQuantity.clear();
        secondQuantity.sendKeys("5");
        click(By.id("receipt:book"));
        WebElement booked = waitFor(By.id("receipt:booked"));
        assertThat(booked.getText()).contains("Booked into BER-1, delivery note " + reference);
        assertThat(cells(booked, "booked-sku")).containsExactly(RECEIVED_A, RECEIVED_B);
        assertThat(cells(booked, "booked-received")).containsExactly("+3", "+5");
        assertThat(cells(booked, "booked-on-hand")).containsExactly(
                String.valueOf(berlinBefore.get(RECEIVED_A) + 3), String.valueOf(berlinBefore.get(RECEIVED_B) + 5));
        assertNoContentSecurityViolations();

        Product1Stock berlinAfter = stockOfProduct1("BER-1");
        Map<String, Integer> berlinExpected = new LinkedHashMap<>(berlinBefore);
        berlinExpected.merge(RECEIVED_A, 3, Integer::sum);
        berlinExpected.merge(RECEIVED_B, 5, Integer::sum);
        assertThat(berlinAfter.onHand()).isEqualTo(berlinExpected);
        assertThat(onHandOfProduct1("MIL-1")).isEqualTo(milan.onHand());

        Map<String, Integer> availableExpected = new LinkedHashMap<>(availableBefore);
        availableExpected.merge(RECEIVED_A, 3, Integer::sum);
        availableExpected.merge(RECEIVED_B, 5, Integer::sum);
        assertThat(sum(berlinAfter.available(), milan.available())).isEqualTo(availableExpected);
        assertThat(productAvailability()).as("the product API right after the receipt").isEqualTo(availableExpected);

        for (String sku : List.of(RECEIVED_A, RECEIVED_B)) {
            openHistory(sku, "BER-1");
            List<WebElement> ledger = ledgerRows();
            WebElement newest = ledger.get(0);
            assertThat(cell(newest, "movement-reason")).isEqualTo("RECEIVED");
            assertThat(cell(newest, "movement-delta")).isEqualTo(sku.equals(RECEIVED_A) ? "+3" : "+5");
            assertThat(cell(newest, "movement-actor")).isEqualTo("warehouse");
            assertThat(cell(newest, "movement-warehouse")).isEqualTo("BER-1");
            // The reference is shown as typed, markup and all, never interpreted.
            assertThat(cell(newest, "movement-reference")).isEqualTo(reference);
            assertThat(newest.findElements(By.tagName("b"))).isEmpty();
            assertThat(ledger).extracting(row -> cell(row, "movement-warehouse")).containsOnly("BER-1");
        }
        assertNoContentSecurityViolations();
    }

    @Test
    void a_stocktake_and_an_adjustment_write_their_ledger_rows_and_an_overdraw_is_refused_without_a_trace() {
        open();
        signIn("warehouse");
        int onHand = onHandOfProduct1("MIL-1").get(CORRECTED);
        int ledgerBefore = openHistory(CORRECTED, "MIL-1").size();

        String countNote = "shelf count " + UUID.randomUUID().toString().substring(0, 8);
        openStock("warehouse=MIL-1&q=" + CORRECTED);
        click(By.id("stock:rows:0:count"));
        waitFor(By.id("count-dialog"));
        type(By.id("count:counted"), String.valueOf(onHand + 7));
        type(By.id("count:note"), countNote);
        click(By.id("count:save"));
        waitUntilHidden(By.id("count-dialog"));
        waitForText(By.id("messages"), "Stocktake of " + CORRECTED + " in MIL-1 recorded: " + (onHand + 7) + " on hand");
        assertThat(stockRows().get(0).get("on-hand")).isEqualTo(String.valueOf(onHand + 7));

        String adjustNote = "dropped by the forklift " + UUID.randomUUID().toString().substring(0, 8);
        startAdjustment();
        chooseReason("DAMAGED");
        type(By.id("adjust:units"), "2");
        type(By.id("adjust:note"), adjustNote);
        click(By.id("adjust:save"));
        waitUntilHidden(By.id("adjust-dialog"));
        waitForText(By.id("messages"), CORRECTED + " in MIL-1: DAMAGED \u22122. On hand was " + (onHand + 7)
                + ", is now " + (onHand + 5));
        assertThat(stockRows().get(0).get("on-hand")).isEqualTo(String.valueOf(onHand + 5));

        // Taking away more than is on hand: refused in the dialog, and neither stock nor ledger changes.
        startAdjustment();
        chooseReason("DAMAGED");
        type(By.id("adjust:units"), String.valueOf(onHand + 6));
        type(By.id("adjust:note"), "more than there is");
        click(By.id("adjust:save"));
        assertThat(waitFor(By.cssSelector("[id='adjust:adjust-messages'] .ui-messages-error")).getText())
                .contains(CORRECTED, "on-hand cannot go below 0");
        assertThat(browser.findElement(By.id("adjust-dialog")).isDisplayed()).as("the dialog stays open").isTrue();
        click(By.id("adjust:cancel"));
        waitUntilHidden(By.id("adjust-dialog"));
        assertNoContentSecurityViolations();

        assertThat(onHandOfProduct1("MIL-1").get(CORRECTED)).isEqualTo(onHand + 5);
        List<WebElement> ledger = openHistory(CORRECTED, "MIL-1");
        assertThat(ledger).hasSize(ledgerBefore + 2);
        assertThat(cell(ledger.get(0), "movement-reason")).isEqualTo("DAMAGED");
        assertThat(cell(ledger.get(0), "movement-delta")).isEqualTo("\u22122");
        assertThat(cell(ledger.get(0), "movement-actor")).isEqualTo("warehouse");
        assertThat(cell(ledger.get(0), "movement-reference")).isEqualTo(adjustNote);
        assertThat(cell(ledger.get(1), "movement-reason")).isEqualTo("STOCKTAKE");
        assertThat(cell(ledger.get(1), "movement-delta")).isEqualTo("+7");
        assertThat(cell(ledger.get(1), "movement-reference")).isEqualTo(countNote);
        assertNoContentSecurityViolations();
    }

    @Test
    void an_adjustment_without_a_note_is_refused_beside_the_note_field() {
        open();
        signIn("warehouse");
        int onHand = onHandOfProduct1("BER-1").get(CORRECTED);
        openStock("warehouse=BER-1&q=" + CORRECTED);
        startAdjustment();
        chooseReason("RETURNED");
        type(By.id("adjust:units"), "1");
        click(By.id("adjust:save"));
        assertThat(waitFor(By.cssSelector("[id='adjust:note'] ~ .ui-message-error")).getText())
                .contains("Must say why");
        click(By.id("adjust:cancel"));
        assertThat(onHandOfProduct1("BER-1").get(CORRECTED)).isEqualTo(onHand);
    }

    @Test
    void the_scoped_clerk_sees_only_berlin_and_cannot_open_milan_by_editing_the_address() {
        open();
        signIn("clerk.berlin");
        openStock("");
        assertThat(browser.findElements(By.id("filter:warehouse"))).as("nothing to choose").isEmpty();
        assertThat(browser.findElement(By.id("filter:only-warehouse")).getText()).startsWith("BER-1");
        assertThat(stockRows()).isNotEmpty().allSatisfy(row -> assertThat(row.get("warehouse")).isEqualTo("BER-1"));
        // The next page, fetched by the table itself, is Berlin's too.
        String firstOfPageOne = stockRows().get(0).get("sku");
        click(By.cssSelector("#stock\\:rows .ui-paginator-next"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !stockRows().get(0).get("sku").equals(firstOfPageOne));
        assertThat(stockRows()).isNotEmpty().allSatisfy(row -> assertThat(row.get("warehouse")).isEqualTo("BER-1"));

        browser.get(PORTAL + "/warehouse/stock.xhtml?warehouse=MIL-1");
        assertThat(waitFor(By.cssSelector("#messages .ui-messages-error")).getText())
                .contains("Not allowed", "works only in their own warehouse");
        assertThat(browser.findElements(By.id("stock:rows"))).isEmpty();
        assertThat(pageStatus("/warehouse/stock.xhtml?warehouse=MIL-1")).isEqualTo(403);
        // Applying the filter from there leads back to Berlin instead of asking for Milan again.
        clickAndWaitForReload(By.id("filter:apply"));
        waitFor(By.id("stock:rows"));
        assertThat(browser.getCurrentUrl()).doesNotContain("MIL-1");
        assertThat(stockRows()).isNotEmpty().allSatisfy(row -> assertThat(row.get("warehouse")).isEqualTo("BER-1"));

        String milan = "/warehouse/movements.xhtml?sku=" + CORRECTED + "&warehouse=MIL-1";
        browser.get(PORTAL + milan);
        assertThat(waitFor(By.cssSelector("#messages .ui-messages-error")).getText()).contains("Not allowed");
        assertThat(browser.findElements(By.id("movements"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("movement-reason");
        assertThat(pageStatus(milan)).isEqualTo(403);

        // Without a warehouse in the address the history is still Berlin's only.
        List<WebElement> ledger = openHistory(CORRECTED, null);
        assertThat(ledger).isNotEmpty().allSatisfy(row -> assertThat(cell(row, "movement-warehouse")).isEqualTo("BER-1"));
        assertThat(browser.findElements(By.className("level-warehouse"))).extracting(WebElement::getText).containsOnly("BER-1");

        // A receipt into Milan, forged by adding the option the page does not offer, books nothing.
        Map<String, Integer> availableBefore = productAvailability();
        browser.get(PORTAL + "/warehouse/receipt.xhtml");
        waitFor(By.id("receipt-title"));
        assertThat(browser.findElements(By.cssSelector("[id='receipt:warehouse_input'] option")))
                .extracting(o -> o.getAttribute("value")).containsExactly("", "BER-1");
        browser.executeScript("var select = document.getElementById('receipt:warehouse_input');"
                + "select.add(new Option('MIL-1', 'MIL-1')); select.value = 'MIL-1';");
        fillReceiptLine(0, RECEIVED_A, 4);
        click(By.id("receipt:book"));
        assertThat(waitFor(By.cssSelector("[id='receipt:warehouse'] ~ .ui-message-error"))
                .getText()).isNotBlank();
        assertThat(browser.findElements(By.id("receipt:booked"))).isEmpty();
        assertThat(productAvailability()).isEqualTo(availableBefore);
        assertNoContentSecurityViolations();
    }

    @Test
    void the_low_stock_view_shows_only_rows_with_fewer_than_ten_available() {
        open();
        signIn("warehouse");
        browser.get(PORTAL + "/warehouse/index.xhtml");
        waitFor(By.id("warehouse-title"));
        clickAndWaitForReload(By.id("nav-low-stock"));
        assertThat(waitFor(By.id("stock-title")).getText()).isEqualTo("Low stock");
        assertThat(browser.getCurrentUrl()).contains("low=true");
        List<Map<String, String>> rows = stockRows();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(Integer.parseInt(row.get("available"))).isLessThan(LOW_STOCK_THRESHOLD);
            assertThat(row.get("low")).isEqualTo("low");
        });
        // Lowest first, so the emptiest shelves lead the list.
        assertThat(rows).extracting(row -> Integer.parseInt(row.get("available"))).isSorted();

        // Unfiltered, both kinds of rows appear, and only the low ones carry the mark.
        openStock("q=" + PRODUCT_1_SKUS);
        assertThat(stockRows()).allSatisfy(row -> assertThat(row.get("low"))
                .isEqualTo(Integer.parseInt(row.get("available")) < LOW_STOCK_THRESHOLD ? "low" : ""));
        assertThat(stockRows()).anySatisfy(row -> assertThat(row.get("low")).isEmpty());
        assertNoContentSecurityViolations();
    }

    @Test
    void searching_by_product_name_finds_its_skus_and_bad_addresses_get_a_message_not_an_error_page() {
        open();
        signIn("warehouse");
        openStock("");
        type(By.id("filter:search"), "fjord");
        browser.executeScript("PF('warehouseFilter').selectValue('MIL-1');");
        clickAndWaitForReload(By.id("filter:apply"));
        assertThat(browser.getCurrentUrl()).contains("warehouse=MIL-1", "q=fjord");
        assertThat(stockRows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("product")).containsIgnoringCase("fjord");
            assertThat(row.get("warehouse")).isEqualTo("MIL-1");
        });

        Map<String, Integer> statusOf = new LinkedHashMap<>();
        for (String address : List.of("/warehouse/movements.xhtml?sku=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8),
                "/warehouse/movements.xhtml", "/warehouse/movements.xhtml?sku=" + CORRECTED + "&warehouse=NOPE-9",
                "/warehouse/stock.xhtml?warehouse=NOPE-9", "/warehouse/stock.xhtml?low=maybe&q=" + "x".repeat(500))) {
            statusOf.put(address, pageStatus(address));
            browser.get(PORTAL + address);
            waitFor(By.id("signed-in-user"));
        }
        assertThat(statusOf.values()).containsExactly(400, 400, 404, 404, 200);
        browser.get(PORTAL + "/warehouse/movements.xhtml?sku=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8));
        assertThat(waitFor(By.cssSelector("#messages .ui-messages-error")).getText()).isEqualTo("SKU must be a SKU code.");
    }

    // ---- pages

    private void open() {
        browser = Browser.startRecordingCspViolations(1280, 900);
    }

    private void signIn(String username) {
        Browser.signIn(browser, username);
    }

    private void openStock(String query) {
        browser.get(PORTAL + "/warehouse/stock.xhtml" + (query.isEmpty() ? "" : "?" + query));
        waitFor(By.id("stock:rows"));
    }

    /** Stock of every SKU of demo product 1 in one warehouse, as the stock list shows it. */
    private Product1Stock stockOfProduct1(String warehouse) {
        openStock("warehouse=" + warehouse + "&q=" + PRODUCT_1_SKUS);
        Map<String, Integer> onHand = new LinkedHashMap<>();
        Map<String, Integer> available = new LinkedHashMap<>();
        stockRows().forEach(row -> {
            assertThat(row.get("warehouse")).isEqualTo(warehouse);
            onHand.put(row.get("sku"), Integer.parseInt(row.get("on-hand")));
            available.put(row.get("sku"), Integer.parseInt(row.get("available")));
        });
        return new Product1Stock(onHand, available);
    }

    private Map<String, Integer> onHandOfProduct1(String warehouse) {
        return stockOfProduct1(warehouse).onHand();
    }

    private record Product1Stock(Map<String, Integer> onHand, Map<String, Integer> available) {
    }

    /** The rows of the stock table, read in one script: one WebDriver call per cell made the tests crawl. */
    private List<Map<String, String>> stockRows() {
        Object rows = browser.executeScript("""
                return Array.from(document.querySelectorAll("[id='stock:rows_data'] tr:not(.ui-datatable-empty-message)"))
                    .map(function (row) {
                        function text(cellClass) {
                            var cell = row.querySelector('.' + cellClass);
                            return cell ? cell.textContent.trim() : '';
                        }
                        return {sku: text('stock-sku'), product: text('stock-product'), warehouse: text('stock-warehouse'),
                            'on-hand': text('stock-on-hand'), available: text('stock-available'), low: text('stock-low-tag')};
                    });""");
        return ((List<?>) rows).stream().map(row -> {
            Map<String, String> cells = new LinkedHashMap<>();
            ((Map<?, ?>) row).forEach((name, text) -> cells.put((String) name, (String) text));
            return cells;
        }).toList();
    }

    private void startAdjustment() {
        click(By.id("stock:rows:0:adjust"));
        waitFor(By.id("adjust-dialog"));
        waitFor(By.id("adjust:units"));
    }

    private void chooseReason(String reason) {
        click(By.xpath("//*[@id='adjust:reason']//label[normalize-space()='" + reason.charAt(0)
                + reason.substring(1).toLowerCase() + "']"));
        waitForAjax();
    }

    private void fillReceiptLine(int index, String sku, int quantity) {
        type(By.id("receipt:lines:" + index + ":sku"), sku);
        type(By.id("receipt:lines:" + index + ":quantity"), String.valueOf(quantity));
    }

    private List<WebElement> openHistory(String sku, String warehouse) {
        browser.get(PORTAL + "/warehouse/movements.xhtml?sku=" + sku + (warehouse == null ? "" : "&warehouse=" + warehouse));
        waitFor(By.id("movements"));
        return ledgerRows();
    }

    private List<WebElement> ledgerRows() {
        return browser.findElements(By.cssSelector("#movements_data tr:not(.ui-datatable-empty-message)"));
    }

    /** Units per SKU over both warehouses, as the product API adds them up. */
    private static Map<String, Integer> sum(Map<String, Integer> berlin, Map<String, Integer> milan) {
        Map<String, Integer> total = new LinkedHashMap<>(berlin);
        milan.forEach((sku, units) -> total.merge(sku, units, Integer::sum));
        return total;
    }

    /** Demo product 1's availability per SKU through the public API. */
    private static Map<String, Integer> productAvailability() {
        Http.Answer answer = Http.get(Http.API + "/catalog/products/" + PRODUCT_1);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<String, Integer> available = new LinkedHashMap<>();
        answer.json().getJsonArray("skus").getValuesAs(JsonObject.class)
                .forEach(sku -> available.put(sku.getString("sku"), sku.getInt("available")));
        return available;
    }

    /** The HTTP status of a portal page opened with this browser's session. */
    private int pageStatus(String address) {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return Http.send(HttpRequest.newBuilder(URI.create(PORTAL + address)).header("Cookie", "JSESSIONID=" + session).GET())
                .status();
    }

    // ---- browser helpers

    private WebElement waitFor(By locator) {
        return Browser.waitFor(browser, locator);
    }

    private void waitUntilHidden(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    private void waitForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private void waitForAjax() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                browser.executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private void click(By locator) {
        Browser.click(browser, locator);
    }

    private void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a link or button that loads another page and waits until that page has replaced this one. */
    private void clickAndWaitForReload(By locator) {
        Browser.clickAndWaitForReload(browser, locator);
    }

    private void assertNoContentSecurityViolations() {
        Object violations = browser.executeScript("return window.__cspViolations;");
        assertThat(violations).as("the violation recorder runs on " + browser.getCurrentUrl()).isInstanceOf(List.class);
        assertThat((List<?>) violations).as("content security policy violations on " + browser.getCurrentUrl()).isEmpty();
    }

    private static String cell(WebElement row, String cellClass) {
        return row.findElement(By.className(cellClass)).getText();
    }

    private static List<String> cells(WebElement table, String cellClass) {
        return table.findElements(By.className(cellClass)).stream().map(WebElement::getText).toList();
    }
}
