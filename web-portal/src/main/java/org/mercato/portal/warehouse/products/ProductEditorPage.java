package org.mercato.portal.warehouse.products;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mercato.application.catalog.port.in.ChangeSkuPricesUseCase;
import org.mercato.application.catalog.port.in.GetEditableProductUseCase;
import org.mercato.application.catalog.port.in.ProductEditorCommands;
import org.mercato.application.catalog.port.in.ProductEditorCommands.SkuPrice;
import org.mercato.application.catalog.port.in.ProductEditorView.Attribute;
import org.mercato.application.catalog.port.in.ProductEditorView.EditableProduct;
import org.mercato.application.catalog.port.in.RemoveProductImageUseCase;
import org.mercato.application.catalog.port.in.ReorderProductImagesUseCase;
import org.mercato.application.catalog.port.in.UpdateProductDetailsUseCase;
import org.mercato.application.catalog.port.in.UploadProductImageUseCase;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Ids;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The product editor ({@code product.xhtml?id=...}): details and attributes, SKU prices, and the image
 * gallery with upload, order and removal. Each part saves on its own, and each refusal of the use cases
 * is shown beside the field it concerns.
 */
@Named("productEditor")
@ViewScoped
public class ProductEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ATTRIBUTE_FIELD = Pattern.compile("attributes\\[(\\d+)]\\.(name|value)");
    private static final Pattern PRICE_FIELD = Pattern.compile("prices\\[(\\d+)]\\.(sku|amount|currency)");

    @Inject
    GetEditableProductUseCase getProduct;
    @Inject
    UpdateProductDetailsUseCase updateDetails;
    @Inject
    ChangeSkuPricesUseCase changePrices;
    @Inject
    UploadProductImageUseCase uploadImage;
    @Inject
    RemoveProductImageUseCase removeImage;
    @Inject
    ReorderProductImagesUseCase reorderImages;

    private String id;
    private ProductId productId;
    private boolean found;
    private String title;
    private String name;
    private String description;
    private String material;
    private String manufacturer;
    private String category;
    private List<AttributeRow> attributes = new ArrayList<>();
    private List<SkuPriceRow> skus = new ArrayList<>();
    private List<ImageRow> images = new ArrayList<>();

    /** Loads the product named by {@code ?id=}; an id that is no product shows a notice, never an error page. */
    public void load() {
        productId = Ids.parse(id).map(ProductId::new).orElse(null);
        reload();
    }

    private void reload() {
        Optional<EditableProduct> product = productId == null ? Optional.empty()
                : getProduct.getEditableProduct(staff(), productId);
        found = product.isPresent();
        product.ifPresent(p -> {
            showDetails(p);
            skus = new ArrayList<>(p.skus().stream().map(SkuPriceRow::new).toList());
            images = new ArrayList<>(p.images().stream().map(ImageRow::new).toList());
        });
    }

    private void showDetails(EditableProduct p) {
        title = p.name();
        name = p.name();
        description = p.description();
        material = p.material();
        manufacturer = p.manufacturer();
        category = p.category();
        attributes = new ArrayList<>(p.attributes().stream().map(a -> new AttributeRow(a.name(), a.value())).toList());
    }

    // Each part of the page saves on its own: reloading one part keeps what is typed, unsaved, in the others.
    private void reloadDetails() {
        getProduct.getEditableProduct(staff(), productId).ifPresent(this::showDetails);
    }

    private void reloadPrices() {
        getProduct.getEditableProduct(staff(), productId).ifPresent(p ->
                skus = new ArrayList<>(p.skus().stream().map(SkuPriceRow::new).toList()));
    }

    private void reloadImages() {
        getProduct.getEditableProduct(staff(), productId).ifPresent(p ->
                images = new ArrayList<>(p.images().stream().map(ImageRow::new).toList()));
    }

    public void addAttribute() {
        attributes.add(new AttributeRow("", ""));
    }

    public void removeAttribute(int index) {
        if (index >= 0 && index < attributes.size()) {
            attributes.remove(index);
        }
    }

    public void saveDetails() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            updateDetails.updateDetails(staff(), new ProductEditorCommands.UpdateProductDetails(productId, name, description,
                    material, attributes.stream().map(a -> new Attribute(a.getName(), a.getValue())).toList()));
            EditorMessages.info(faces, EditorMessages.DETAILS, "Details saved. The shop shows them from now on.");
            reloadDetails();
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> detailsFieldError(faces, v.field(), v.message()));
            EditorMessages.error(faces, EditorMessages.DETAILS, "nothing was saved; please correct the marked fields");
        } catch (RuntimeException failure) {
            showRefusal(faces, EditorMessages.DETAILS, failure);
        }
    }

    private void detailsFieldError(FacesContext faces, String field, String message) {
        Matcher attribute = ATTRIBUTE_FIELD.matcher(field);
        if (attribute.matches()) {
            int row = Integer.parseInt(attribute.group(1));
            String part = attribute.group(2);
            EditorMessages.fieldError(faces, "details:attributes:" + row + ":attribute-" + part,
                    "Attribute " + (row + 1) + " " + part, message);
        } else if (List.of("name", "description", "material").contains(field)) {
            EditorMessages.fieldError(faces, "details:" + field, Character.toUpperCase(field.charAt(0)) + field.substring(1),
                    message);
        } else {
            EditorMessages.error(faces, EditorMessages.DETAILS, "attributes " + message);
        }
    }

    public void savePrices() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // Only changed prices are sent; rowOf maps each of them back to its line of the table.
        List<SkuPrice> changed = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        boolean unreadable = false;
        for (int row = 0; row < skus.size(); row++) {
            SkuPriceRow sku = skus.get(row);
            Optional<Long> typed = Prices.parseMinorUnits(sku.getPrice(), sku.getCurrency());
            if (typed.isEmpty()) {
                unreadable = true;
                EditorMessages.fieldError(faces, priceClientId(row), "Price of " + sku.getSku(), "must be an amount such as "
                        + Prices.example(sku.getCurrency()) + ", with at most " + Prices.digits(sku.getCurrency()) + " decimals");
            } else if (typed.get() != sku.storedMinorUnits()) {
                changed.add(new SkuPrice(sku.getSku(), typed.get(), sku.getCurrency()));
                rowOf.add(row);
            }
        }
        if (unreadable) {
            EditorMessages.error(faces, EditorMessages.PRICES, "nothing was saved; please correct the marked prices");
            return;
        }
        if (changed.isEmpty()) {
            EditorMessages.info(faces, EditorMessages.PRICES, "No price was changed.");
            return;
        }
        try {
            changePrices.changePrices(staff(), new ProductEditorCommands.ChangeSkuPrices(productId, changed));
            EditorMessages.info(faces, EditorMessages.PRICES, changed.size() == 1 ? "1 price saved." : changed.size() + " prices saved.");
            reloadPrices();
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> {
                Matcher price = PRICE_FIELD.matcher(v.field());
                if (price.matches() && Integer.parseInt(price.group(1)) < rowOf.size()) {
                    int row = rowOf.get(Integer.parseInt(price.group(1)));
                    EditorMessages.fieldError(faces, priceClientId(row), "Price of " + skus.get(row).getSku(), v.message());
                } else {
                    EditorMessages.error(faces, EditorMessages.PRICES, v.field() + " " + v.message());
                }
            });
            EditorMessages.error(faces, EditorMessages.PRICES, "nothing was saved");
        } catch (RuntimeException failure) {
            showRefusal(faces, EditorMessages.PRICES, failure);
        }
    }

    private static String priceClientId(int row) {
        return "prices:skus:" + row + ":price";
    }

    /** PrimeFaces calls this once per uploaded file; the use case decides by the bytes whether it is an image. */
    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UploadedFile file = event.getFile();
        String fileName = file.getFileName() == null || file.getFileName().isBlank() ? "The file" : file.getFileName();
        try (InputStream content = file.getInputStream()) {
            uploadImage.upload(staff(), new ProductEditorCommands.UploadProductImage(productId, file.getFileName(),
                    file.getContentType(), file.getSize(), content));
            EditorMessages.info(faces, EditorMessages.GALLERY, fileName + " was added to the gallery.");
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> EditorMessages.errorAsWritten(faces, EditorMessages.GALLERY,
                    fileName + " was not added: it " + v.message() + "."));
        } catch (IOException e) {
            EditorMessages.errorAsWritten(faces, EditorMessages.GALLERY, fileName + " could not be read; please upload it again.");
        } catch (RuntimeException failure) {
            showRefusal(faces, EditorMessages.GALLERY, failure);
        }
        reloadImages();
    }

    public void removeImage(ImageRow image) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            removeImage.remove(staff(), new ProductEditorCommands.RemoveProductImage(productId, image.id()));
            EditorMessages.info(faces, EditorMessages.GALLERY, "The image was removed.");
        } catch (RuntimeException failure) {
            showRefusal(faces, EditorMessages.GALLERY, failure);
        }
        reloadImages();
    }

    /** Moves an image one place earlier ({@code -1}) or later ({@code +1}) in the gallery. */
    public void moveImage(ImageRow image, int by) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<UUID> order = new ArrayList<>(images.stream().map(ImageRow::id).toList());
        int from = order.indexOf(image.id());
        int to = from + by;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        try {
            reorderImages.reorder(staff(), new ProductEditorCommands.ReorderProductImages(productId, order));
        } catch (RuntimeException failure) {
            showRefusal(faces, EditorMessages.GALLERY, failure);
        }
        reloadImages();
    }

    /** Shows a use case's refusal (under {@code key}, or at the top of the page); anything else propagates. */
    private static void showRefusal(FacesContext faces, String key, RuntimeException failure) {
        if (failure instanceof InvalidInputException invalid) {
            invalid.violations().forEach(v -> EditorMessages.error(faces, key, v.message()));
        } else if (failure instanceof NotFoundException notFound && "product".equals(notFound.field())) {
            EditorMessages.error(faces, key, "this product no longer exists");
        } else if (failure instanceof NotFoundException || failure instanceof ConflictException
                || failure instanceof AccessDeniedException || failure instanceof ServiceUnavailableException) {
            EditorMessages.error(faces, key, failure.getMessage());
        } else {
            throw failure;
        }
    }

    private static String staff() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    /** The key of the gallery's own messages, which its message list shows. */
    public String getGalleryFeedback() {
        return EditorMessages.GALLERY;
    }

    public String getDetailsFeedback() {
        return EditorMessages.DETAILS;
    }

    public String getPricesFeedback() {
        return EditorMessages.PRICES;
    }

    public long getMaxImageBytes() {
        return uploadImage.limits().maxBytes();
    }

    public String getMaxImageSize() {
        return Bytes.readable(uploadImage.limits().maxBytes());
    }

    public String getImageRules() {
        return "JPEG, PNG or WebP, at most " + Bytes.readable(uploadImage.limits().maxBytes()) + " each; at most "
                + uploadImage.limits().maxImagesPerProduct() + " images. The first is the main picture.";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public String getTitle() {
        return title;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getMaterial() {
        return material;
    }

    public void setMaterial(String material) {
        this.material = material;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public String getCategory() {
        return category;
    }

    public List<AttributeRow> getAttributes() {
        return attributes;
    }

    public List<SkuPriceRow> getSkus() {
        return skus;
    }

    public List<ImageRow> getImages() {
        return images;
    }

    public int getMaxAttributes() {
        return ProductEditorCommands.MAX_ATTRIBUTES;
    }
}
