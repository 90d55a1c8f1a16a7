package org.mercato.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mercato.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The warehouse's product list and editor in a real browser under the portal's content security policy,
 * and what the shop shows right after an edit: the new name and price and the uploaded image, served
 * with its bytes and headers from {@code /api/v1/media}. Each test puts the demo product back as it was,
 * so that the other tests of the run see the demo shop unchanged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductEditorIT {

    private static final String PORTAL = Http.APP + "/portal";
    private static final String DEMO_PASSWORD = "mercato-demo";
    /** Demo products 0 and 7 are read by the catalog tests; this one is the editor's. */
    private static final String PRODUCT = demoProduct(12);
    private static final HttpClient BYTES = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path files;

    private ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MercatoDeployment.ear();
    }

    static String demoProduct(int n) {
        return UUID.nameUUIDFromBytes(("mercato-demo:product:" + n).getBytes(UTF_8)).toString();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open() {
        browser = Browser.startRecordingCspViolations(1280, 1000);
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

    private void type(By field, String text) {
        WebElement input = waitFor(field);
        input.clear();
        input.sendKeys(text);
    }

    private String text(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        try {
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (WebDriverException replaced) {
            return "";
        }
    }

    /** Clicks a save button of one part of the editor (an ajax request) and waits for that part's answer. */
    private String save(String button, String messagesId) {
        String before = text(messagesId);
        click(By.id(button));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            String now = text(messagesId);
            return !now.isBlank() && !now.equals(before);
        });
        return text(messagesId);
    }

    /** The gallery's own messages: uploads, removals and moves answer there, beside the uploader. */
    private String galleryMessages() {
        return text("images:image-messages");
    }

    private List<WebElement> galleryItems() {
        return browser.findElements(By.cssSelector("#images\\:gallery figure.gallery-item"));
    }

    /** Chooses a file in the gallery's uploader (it uploads at once) and waits for the page's answer. */
    private void upload(Path file) {
        String before = galleryMessages();
        browser.findElement(By.id("images:upload_input")).sendKeys(file.toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> !galleryMessages().equals(before) && !galleryMessages().isBlank());
    }

    private void assertNoContentSecurityViolations() {
        Object violations = browser.executeScript("return window.__cspViolations;");
        assertThat(violations).as("the violation recorder runs on " + browser.getCurrentUrl()).isInstanceOf(List.class);
        assertThat((List<?>) violations).as("content security policy violations on " + browser.getCurrentUrl()).isEmpty();
    }

    private void openEditor() {
        browser.get(PORTAL + "/warehouse/product.xhtml?id=" + PRODUCT);
        waitFor(By.id("product-title"));
    }

    private static JsonObject shopProduct() {
        Http.Answer answer = Http.get(Http.API + "/catalog/products/" + PRODUCT);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** This product as the shop's search lists it, found by its name. */
    private static JsonObject searchItem(String name) {
        Http.Answer answer = Http.get(Http.API + "/catalog/products?q="
                + java.net.URLEncoder.encode(name, UTF_8) + "&size=100");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("id").equals(PRODUCT)).findFirst().orElseThrow();
    }

    private static JsonObject firstSku(JsonObject product) {
        return product.getJsonArray("skus").getValuesAs(JsonObject.class).stream()
                .min((a, b) -> a.getString("sku").compareTo(b.getString("sku"))).orElseThrow();
    }

    private static Path storedImages() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "data", "mercato", "objects", "public", "products",
                PRODUCT);
    }

    /** The image files stored for the product (not the content-type files beside them). */
    private static List<Path> storedImageFiles() throws IOException {
        if (!Files.isDirectory(storedImages())) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(storedImages())) {
            return listed.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static HttpResponse<byte[]> getBytes(String url) {
        try {
            return BYTES.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_clerk_edits_name_price_and_images_and_the_shop_shows_them_at_once() throws IOException {
        JsonObject original = shopProduct();
        String originalName = original.getString("name");
        JsonObject sku = firstSku(original);
        long originalPrice = sku.getJsonObject("price").getJsonNumber("amount").longValue();
        long newPrice = originalPrice + 1_234;
        String newName = originalName + " Edition " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(original.getJsonArray("images")).isEmpty();
        assertThat(shopProduct().toString()).as("read twice: the shop's cache holds the page now").isEqualTo(original.toString());

        open();
        signIn("warehouse");
        browser.get(PORTAL + "/warehouse/products.xhtml");
        waitFor(By.id("products-title"));
        type(By.id("product-search:q"), originalName.toUpperCase());
        clickAndWaitForReload(By.id("product-search:search"));
        List<WebElement> found = browser.findElements(By.cssSelector("#product-list\\:products_data a.product-name"));
        assertThat(found).extracting(WebElement::getText).containsExactly(originalName);
        clickAndWaitForReload(By.linkText(originalName));
        assertThat(waitFor(By.id("product-title")).getText()).isEqualTo(originalName);
        assertThat(browser.getCurrentUrl()).contains("id=" + PRODUCT);

        try {
            type(By.id("details:name"), newName);
            assertThat(save("details:save-details", "details:details-messages")).contains("Details saved");
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBe(By.id("product-title"), newName));

            assertThat(browser.findElement(By.cssSelector("#prices\\:skus_data tr:first-child .sku-code")).getText())
                    .isEqualTo(sku.getString("sku"));
            type(By.id("prices:skus:0:price"), BigDecimal.valueOf(newPrice, 2).toPlainString());
            assertThat(save("prices:save-prices", "prices:prices-messages")).contains("1 price saved");

            byte[] png = png(32, 24);
            Path picture = Files.write(files.resolve("front view.png"), png);
            upload(picture);
            assertThat(galleryMessages()).contains("front view.png was added to the gallery");
            assertThat(galleryItems()).hasSize(1);
            assertNoContentSecurityViolations();

            // The shop sees every change at once: the cached page was evicted.
            JsonObject changed = shopProduct();
            assertThat(changed.getString("name")).isEqualTo(newName);
            assertThat(firstSku(changed).getJsonObject("price").getJsonNumber("amount").longValue()).isEqualTo(newPrice);
            assertThat(changed.getJsonArray("images")).hasSize(1);
            String imageUrl = changed.getJsonArray("images").getString(0);
            assertThat(imageUrl).matches("/api/v1/media/products/" + PRODUCT + "/[0-9a-f-]{36}\\.png");
            assertThat(searchItem(newName).getString("imageUrl")).as("search shows the main image, as the page does")
                    .isEqualTo(imageUrl);

            HttpResponse<byte[]> image = getBytes(Http.APP + imageUrl);
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.body()).isEqualTo(png);
            assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
            assertThat(image.headers().firstValue("Content-Length")).contains(String.valueOf(png.length));
            assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(image.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
            assertThat(browser.findElement(By.cssSelector("#images\\:gallery img")).getAttribute("src")).endsWith(imageUrl);
            assertThat(storedImageFiles()).hasSize(1);

            // Removing the image takes it out of the shop and out of the store.
            click(By.id("images:image:0:remove"));
            click(By.id("confirm-yes"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> galleryItems().isEmpty());
            assertThat(galleryMessages()).contains("The image was removed");
            assertThat(shopProduct().getJsonArray("images")).isEmpty();
            assertThat(searchItem(newName).isNull("imageUrl")).as("no image left: null").isTrue();
            assertThat(getBytes(Http.APP + imageUrl).statusCode()).isEqualTo(404);
            assertThat(storedImageFiles()).isEmpty();
            assertNoContentSecurityViolations();
        } finally {
            openEditor();
            type(By.id("details:name"), originalName);
            save("details:save-details", "details:details-messages");
            type(By.id("prices:skus:0:price"), BigDecimal.valueOf(originalPrice, 2).toPlainString());
            save("prices:save-prices", "prices:prices-messages");
        }
        JsonObject restored = shopProduct();
        assertThat(restored.getString("name")).isEqualTo(originalName);
        assertThat(firstSku(restored).getJsonObject("price").getJsonNumber("amount").longValue()).isEqualTo(originalPrice);
    }

    @Test
    void a_text_file_named_png_is_refused_with_a_clear_message_and_nothing_is_stored() throws IOException {
        open();
        signIn("warehouse");
        openEditor();
        int storedBefore = storedImageFiles().size();

        upload(Files.writeString(files.resolve("notes.png"), "Shopping list: latex, springs, a cover.\n", UTF_8));

        assertThat(galleryMessages()).contains("notes.png was not added").contains("must be a JPEG, PNG or WebP image");
        assertThat(galleryItems()).isEmpty();
        assertThat(storedImageFiles()).hasSize(storedBefore);
        assertThat(shopProduct().getJsonArray("images")).isEmpty();
        assertNoContentSecurityViolations();
    }

    @Test
    void bad_input_is_shown_beside_each_field_and_changes_nothing() {
        JsonObject before = shopProduct();
        open();
        signIn("admin");
        openEditor();

        type(By.id("details:name"), " ");
        click(By.id("details:add-attribute"));
        WebElement newName = waitFor(By.id("details:attributes:3:attribute-name"));
        newName.sendKeys("9 lives");
        assertThat(save("details:save-details", "details:details-messages")).contains("Nothing was saved");
        assertThat(waitFor(By.id("details:name")).findElement(By.xpath("following-sibling::*[contains(@class,'ui-message')]"))
                .getText()).contains("Must be 1 to 200 characters");
        assertThat(browser.findElement(By.cssSelector("[id='details:attributes:3:attribute-name'] ~ .ui-message")).getText())
                .contains("starting with a letter");
        assertThat(browser.findElement(By.cssSelector("[id='details:attributes:3:attribute-value'] ~ .ui-message")).getText())
                .contains("Must be 1 to 400 characters");

        // The prices form keeps what was typed there; only its own save sends it.
        type(By.id("prices:skus:1:price"), "12.345");
        type(By.id("prices:skus:2:price"), "0");
        assertThat(save("prices:save-prices", "prices:prices-messages")).contains("Nothing was saved");
        assertThat(browser.findElement(By.xpath("//*[@id='prices:skus:1:price']/ancestor::td//*[contains(@class,'ui-message')]"))
                .getText()).contains("at most 2 decimals");
        assertThat(browser.findElement(By.id("prices:skus:1:price")).getAttribute("value")).isEqualTo("12.345");

        assertThat(shopProduct().getString("name")).isEqualTo(before.getString("name"));
        assertThat(shopProduct().getJsonArray("skus")).isEqualTo(before.getJsonArray("skus"));
        assertNoContentSecurityViolations();
    }

    @Test
    void a_courier_cannot_open_the_product_pages() {
        open();
        signIn("courier");
        browser.get(PORTAL + "/warehouse/product.xhtml?id=" + PRODUCT);
        assertThat(waitFor(By.id("denied-title")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElements(By.id("details:name"))).isEmpty();
        browser.get(PORTAL + "/warehouse/products.xhtml");
        assertThat(waitFor(By.id("denied-title")).getText()).isEqualTo("Not allowed");
    }

    @Test
    void an_unknown_product_id_shows_a_notice_not_an_error() {
        open();
        signIn("warehouse");
        browser.get(PORTAL + "/warehouse/product.xhtml?id=" + UUID.randomUUID());
        assertThat(waitFor(By.id("no-product")).getText()).isEqualTo("No such product");
        browser.get(PORTAL + "/warehouse/product.xhtml?id=%27%3Cscript%3E");
        assertThat(waitFor(By.id("no-product")).getText()).isEqualTo("No such product");
        assertNoContentSecurityViolations();
    }

    @Test
    void media_paths_that_climb_out_are_unknown_or_private_are_404_problems() {
        for (String path : List.of("/etc/passwd", "products/none/none.png", "..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd",
                "products/" + PRODUCT + "/" + UUID.randomUUID() + ".png", "PRODUCTS/x.png", "invoices/2026/1.pdf")) {
            Http.Answer answer = Http.get(Http.API + "/media/" + path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
        }
        assertProblem(Http.get(Http.API + "/media/products/" + PRODUCT + "/" + UUID.randomUUID() + ".png"), 404, "not-found");
        // Sent exactly as written: the server must not resolve the dots into another file.
        Http.Answer dots = Http.send(HttpRequest.newBuilder(URI.create(Http.API + "/media/../../etc/passwd")).GET());
        assertThat(dots.status()).isEqualTo(404);
        assertThat(dots.body()).doesNotContain("root:");
    }

    @Test
    void a_failing_store_is_a_503_problem_not_a_server_error() throws IOException {
        // An object whose content-type file cannot be read (it is a directory): the store fails, the path is fine.
        Path directory = Path.of(System.getProperty("jboss.home"), "standalone", "data", "mercato", "objects", "public",
                "it-store-failure");
        Path object = directory.resolve("broken.png");
        Path contentType = directory.resolve(".broken.png.content-type");
        Files.createDirectories(contentType);
        Files.write(object, png(2, 2));
        try {
            Http.Answer answer = Http.get(Http.API + "/media/it-store-failure/broken.png");
            JsonObject problem = assertProblem(answer, 503, "service-unavailable");
            assertThat(problem.getString("detail")).contains("not available");
            assertThat(answer.header("Retry-After")).isEqualTo("30");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain(directory.toString());
        } finally {
            Files.deleteIfExists(object);
            Files.deleteIfExists(contentType);
            Files.deleteIfExists(directory);
        }
    }

    @Test
    void the_media_endpoint_is_in_the_openapi_document() {
        Http.Answer openapi = Http.send(HttpRequest.newBuilder(URI.create(Http.APP + "/openapi"))
                .header("Accept", "application/json").GET());
        assertThat(openapi.status()).isEqualTo(200);
        JsonObject media = openapi.json().getJsonObject("paths").getJsonObject("/api/v1/media/{path}");
        assertThat(media).as("the media path in " + openapi.json().getJsonObject("paths").keySet()).isNotNull();
        JsonObject responses = media.getJsonObject("get").getJsonObject("responses");
        assertThat(responses.keySet()).contains("200", "404", "503");
        assertThat(responses.getJsonObject("200").getJsonObject("content").keySet())
                .contains("image/jpeg", "image/png", "image/webp");
    }

    /** A valid PNG of one colour, made here so that the test needs no binary fixture. */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0);
            for (int x = 0; x < width; x++) {
                raw.write(new byte[] {(byte) 31, (byte) 58, (byte) 95});
            }
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            raw.writeTo(deflate);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", new byte[] {0, 0, 0, (byte) width, 0, 0, 0, (byte) height, 8, 2, 0, 0, 0});
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        png.write(intBytes(data.length));
        byte[] typeBytes = type.getBytes(UTF_8);
        png.write(typeBytes);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.write(intBytes((int) crc.getValue()));
    }

    private static byte[] intBytes(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
