package org.mercato.application.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mercato.application.catalog.ProductEditorFixture.JPEG;
import static org.mercato.application.catalog.ProductEditorFixture.PNG;
import static org.mercato.application.catalog.ProductEditorFixture.pngOfSize;
import static org.mercato.application.catalog.ProductEditorFixture.stream;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.catalog.port.in.ProductEditorCommands.RemoveProductImage;
import org.mercato.application.catalog.port.in.ProductEditorCommands.ReorderProductImages;
import org.mercato.application.catalog.port.in.ProductEditorCommands.UploadProductImage;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductImage;
import org.mercato.application.catalog.port.out.ProductImagesPort.StoredProductImage;
import org.mercato.application.catalog.service.RemoveProductImageService;
import org.mercato.application.catalog.service.ReorderProductImagesService;
import org.mercato.application.catalog.service.UploadProductImageService;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.domain.catalog.ProductId;

class ProductImageServicesTest {

    private static final int MAX_BYTES = 1024;

    private final ProductEditorFixture f = new ProductEditorFixture();
    private final UploadProductImageService upload = new UploadProductImageService(f.products, f.images, f.storage, f.pages,
            f.staff, f.urls, ProductEditorFixture.CLOCK, MAX_BYTES, 3);
    private final RemoveProductImageService remove = new RemoveProductImageService(f.products, f.images, f.storage, f.pages,
            f.staff);
    private final ReorderProductImagesService reorder = new ReorderProductImagesService(f.products, f.images, f.pages, f.staff);

    private UploadProductImage file(String name, String declaredType, byte[] bytes) {
        return new UploadProductImage(f.product, name, declaredType, bytes.length, stream(bytes));
    }

    private static String refusal(Throwable e) {
        InvalidInputException invalid = (InvalidInputException) e;
        assertThat(invalid.violations()).extracting(InvalidInputException.FieldViolation::field).containsExactly("image");
        return invalid.violations().get(0).message();
    }

    private void assertNothingStored() {
        assertThat(f.storage.objects).isEmpty();
        assertThat(f.images.rows).isEmpty();
        assertThat(f.pages.evicted).isEmpty();
    }

    @Test
    void a_png_is_stored_under_a_new_public_key_appended_to_the_gallery_and_the_page_is_evicted() {
        ProductImage first = upload.upload("warehouse", file("photo.png", "image/png", PNG));
        ProductImage second = upload.upload("warehouse", file("photo.png", "image/png", PNG));

        assertThat(first.id()).isNotEqualTo(second.id());
        ObjectKey key = ObjectKey.publicMedia("products/" + f.product.value() + "/" + first.id() + ".png");
        assertThat(f.storage.objects.get(key)).isEqualTo(PNG);
        assertThat(f.storage.contentTypes.get(key)).isEqualTo("image/png");
        assertThat(f.storage.objects).hasSize(2);
        assertThat(first.url()).isEqualTo("/api/v1/media/products/" + f.product.value() + "/" + first.id() + ".png");
        assertThat(first.contentType()).isEqualTo("image/png");
        assertThat(first.sizeBytes()).isEqualTo(PNG.length);
        assertThat(first.uploadedBy()).isEqualTo("warehouse");
        assertThat(first.uploadedAt()).isEqualTo(ProductEditorFixture.CLOCK.instant());
        assertThat(f.images.imagesOf(f.product)).extracting(StoredProductImage::id, StoredProductImage::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), 0),
                        org.assertj.core.groups.Tuple.tuple(second.id(), 1));
        assertThat(f.pages.evicted).containsExactly(f.product, f.product);
    }

    @Test
    void the_type_comes_from_the_bytes_not_from_the_name_or_the_declared_type() {
        ProductImage image = upload.upload("warehouse", file("holiday.png", "image/png", JPEG));
        assertThat(image.contentType()).isEqualTo("image/jpeg");
        assertThat(image.url()).endsWith(".jpg");
        byte[] webp = {'R', 'I', 'F', 'F', 4, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'};
        assertThat(upload.upload("admin", file("x.bin", "application/octet-stream", webp)).contentType()).isEqualTo("image/webp");
    }

    @Test
    void a_text_file_named_png_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> upload.upload("warehouse", file("notes.png", "image/png",
                "not a picture at all".getBytes(UTF_8))))
                .satisfies(e -> assertThat(refusal(e)).contains("JPEG, PNG or WebP"));
        byte[] gif = "GIF89a....".getBytes(UTF_8);
        assertThatThrownBy(() -> upload.upload("warehouse", file("anim.gif", "image/gif", gif)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> upload.upload("warehouse", file("empty.png", "image/png", new byte[0])))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("is empty"));
        assertNothingStored();
    }

    @Test
    void the_size_limit_holds_exactly_whether_or_not_a_size_was_declared() {
        assertThat(upload.upload("warehouse", file("max.png", "image/png", pngOfSize(MAX_BYTES))).sizeBytes())
                .isEqualTo(MAX_BYTES);
        f.storage.objects.clear();
        f.images.rows.clear();
        f.pages.evicted.clear();

        byte[] tooLarge = pngOfSize(MAX_BYTES + 1);
        assertThatThrownBy(() -> upload.upload("warehouse",
                new UploadProductImage(f.product, "big.png", "image/png", -1, stream(tooLarge))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("must be at most 1 KiB"));
        // A declared size over the limit is refused before a byte is read.
        InputStream unreadable = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new AssertionError("the upload was read although its declared size is too large");
            }
        };
        assertThatThrownBy(() -> upload.upload("warehouse",
                new UploadProductImage(f.product, "big.png", "image/png", MAX_BYTES + 1, unreadable)))
                .isInstanceOf(InvalidInputException.class);
        assertNothingStored();
        assertThat(upload.limits().maxBytes()).isEqualTo(MAX_BYTES);
        assertThat(upload.limits().mediaTypes()).containsExactly("image/jpeg", "image/png", "image/webp");
    }

    @Test
    void an_upload_that_breaks_off_is_invalid_input_not_a_server_error() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> upload.upload("warehouse", new UploadProductImage(f.product, "a.png", "image/png", -1, broken)))
                .satisfies(e -> assertThat(refusal(e)).contains("could not be read"));
        assertNothingStored();
    }

    @Test
    void only_warehouse_staff_and_administrators_upload_and_only_to_products_that_exist() {
        assertThatThrownBy(() -> upload.upload("courier", file("a.png", "image/png", PNG))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> upload.upload("former.clerk", file("a.png", "image/png", PNG)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> upload.upload("warehouse",
                new UploadProductImage(new ProductId(UUID.randomUUID()), "a.png", "image/png", PNG.length, stream(PNG))))
                .isInstanceOf(NotFoundException.class);
        assertNothingStored();
    }

    @Test
    void a_product_holds_at_most_the_configured_number_of_images() {
        for (int i = 0; i < 3; i++) {
            upload.upload("warehouse", file("a.png", "image/png", PNG));
        }
        assertThatThrownBy(() -> upload.upload("warehouse", file("a.png", "image/png", PNG)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("too-many-images"));
        assertThat(f.storage.objects).hasSize(3);
    }

    @Test
    void a_failing_store_is_unavailable_not_invalid_and_records_nothing() {
        f.storage.failing = true;
        assertThatThrownBy(() -> upload.upload("warehouse", file("a.png", "image/png", PNG)))
                .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("try again later");
        assertThat(f.images.rows).isEmpty();
        assertThat(f.pages.evicted).isEmpty();
    }

    @Test
    void an_object_whose_gallery_row_cannot_be_written_is_deleted_again() {
        UploadProductImageService failingRecord = new UploadProductImageService(f.products, new InMemoryProductImages() {
            @Override
            public void add(StoredProductImage image) {
                throw new IllegalStateException("database gone");
            }
        }, f.storage, f.pages, f.staff, f.urls, ProductEditorFixture.CLOCK, MAX_BYTES, 3);
        assertThatThrownBy(() -> failingRecord.upload("warehouse", file("a.png", "image/png", PNG)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(f.storage.objects).isEmpty();
        assertThat(f.pages.evicted).isEmpty();
    }

    @Test
    void the_size_limit_must_be_configured_sensibly() {
        assertThatThrownBy(() -> new UploadProductImageService(f.products, f.images, f.storage, f.pages, f.staff, f.urls,
                ProductEditorFixture.CLOCK, 0, 3)).hasMessageContaining("mercato.images.max-bytes");
        assertThatThrownBy(() -> new UploadProductImageService(f.products, f.images, f.storage, f.pages, f.staff, f.urls,
                ProductEditorFixture.CLOCK, 5L << 30, 3)).hasMessageContaining("mercato.images.max-bytes");
    }

    @Test
    void removing_an_image_deletes_row_and_object_and_the_others_close_ranks() {
        ProductImage a = upload.upload("warehouse", file("a.png", "image/png", PNG));
        ProductImage b = upload.upload("warehouse", file("b.jpg", "image/jpeg", JPEG));
        ProductImage c = upload.upload("warehouse", file("c.png", "image/png", PNG));
        f.pages.evicted.clear();

        remove.remove("warehouse", new RemoveProductImage(f.product, a.id()));

        assertThat(f.images.imagesOf(f.product)).extracting(StoredProductImage::id, StoredProductImage::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(b.id(), 0), org.assertj.core.groups.Tuple.tuple(c.id(), 1));
        assertThat(f.storage.objects.keySet()).extracting(ObjectKey::name)
                .containsExactlyInAnyOrder(b.id() + ".jpg", c.id() + ".png");
        assertThat(f.pages.evicted).containsExactly(f.product);

        assertThatThrownBy(() -> remove.remove("warehouse", new RemoveProductImage(f.product, a.id())))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("image"));
        assertThatThrownBy(() -> remove.remove("warehouse", new RemoveProductImage(f.otherProduct, b.id())))
                .as("an image is removed only through its own product").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> remove.remove("courier", new RemoveProductImage(f.product, b.id())))
                .isInstanceOf(AccessDeniedException.class);
        f.storage.failing = true;
        assertThatThrownBy(() -> remove.remove("warehouse", new RemoveProductImage(f.product, b.id())))
                .isInstanceOf(ServiceUnavailableException.class);
    }

    @Test
    void images_are_reordered_only_by_a_complete_current_list() {
        ProductImage a = upload.upload("warehouse", file("a.png", "image/png", PNG));
        ProductImage b = upload.upload("warehouse", file("b.png", "image/png", PNG));
        ProductImage c = upload.upload("warehouse", file("c.png", "image/png", PNG));
        f.pages.evicted.clear();

        reorder.reorder("warehouse", new ReorderProductImages(f.product, List.of(c.id(), a.id(), b.id())));
        assertThat(f.images.imagesOf(f.product)).extracting(StoredProductImage::id).containsExactly(c.id(), a.id(), b.id());
        assertThat(f.pages.evicted).containsExactly(f.product);

        for (List<UUID> stale : List.of(List.of(a.id(), b.id()), List.of(a.id(), a.id(), b.id()),
                List.of(a.id(), b.id(), c.id(), UUID.randomUUID()), java.util.Arrays.asList(a.id(), b.id(), null))) {
            assertThatThrownBy(() -> reorder.reorder("warehouse", new ReorderProductImages(f.product, stale)))
                    .as(stale.toString())
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("images-changed"));
        }
        assertThat(f.images.imagesOf(f.product)).extracting(StoredProductImage::id).containsExactly(c.id(), a.id(), b.id());
        assertThatThrownBy(() -> reorder.reorder("courier", new ReorderProductImages(f.product, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
