package org.mercato.adapters.out.storage;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorageException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in one bucket of Amazon S3 or any S3-compatible store (MinIO, Ceph, Garage, ...), through the
 * AWS SDK v2's synchronous client over the JDK's own HTTP connection (no Netty, no Apache HttpClient).
 * The object key is the {@link ObjectKey} as it is; the content type is the object's {@code Content-Type}.
 * A put is atomic on S3 itself: readers see the old object or the new one.
 *
 * <p>The bucket must exist: Mercato does not create it (buckets carry policies, lifecycle rules and
 * encryption that operators own). A missing bucket is reported as such by every call and by readiness.
 */
public final class S3ObjectStorage implements ObjectStorageBackend {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    static final Duration READINESS_TIMEOUT = Duration.ofSeconds(5);

    private final S3Client s3;
    private final StorageSettings.S3Settings settings;

    public S3ObjectStorage(StorageSettings.S3Settings settings) {
        this.settings = settings;
        this.s3 = clientFor(settings);
    }

    static S3Client clientFor(StorageSettings.S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentialsProvider(settings));
        settings.region().map(Region::of).ifPresent(builder::region);
        settings.endpoint().ifPresent(endpoint -> {
            builder.endpointOverride(endpoint);
            // Since SDK 2.30 every upload carries a CRC checksum in an aws-chunked trailer by default,
            // which several S3-compatible stores refuse. Other stores get checksums only where S3
            // requires them; Amazon S3 keeps the SDK's default.
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        });
        try {
            return builder.build();
        } catch (SdkException e) {
            // Typically: no region configured and none found by the SDK.
            throw new IllegalArgumentException("cannot set up the S3 client (" + e.getMessage() + "); set "
                    + StorageSettings.S3_REGION + " or AWS_REGION", e);
        }
    }

    private static AwsCredentialsProvider credentialsProvider(StorageSettings.S3Settings settings) {
        return settings.credentials()
                .<AwsCredentialsProvider>map(c -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(c.accessKeyId(), c.secretAccessKey())))
                .orElseGet(DefaultCredentialsProvider::create);
    }

    @Override
    public void put(ObjectKey key, ObjectContent content) {
        CountingInputStream counted = new CountingInputStream(content.stream());
        try {
            s3.putObject(request -> request.bucket(settings.bucket()).key(key.value())
                            .contentType(content.contentType()).contentLength(content.length()),
                    RequestBody.fromInputStream(counted, content.length()));
        } catch (RuntimeException e) {
            // The SDK reports a short stream with an unchecked exception of its own; say it as the local store does.
            if (counted.endedAfter() < content.length()) {
                throw new IllegalArgumentException("the content ended after " + counted.endedAfter()
                        + " of its declared " + content.length() + " bytes", e);
            }
            if (e instanceof SdkException sdk) {
                throw failure("cannot store " + key, sdk);
            }
            throw e;
        }
    }

    @Override
    public Optional<ObjectContent> get(ObjectKey key) {
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = s3.getObject(request -> request.bucket(settings.bucket()).key(key.value()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failure("cannot read " + key, e);
        }
        GetObjectResponse response = in.response();
        if (response.contentLength() == null) {
            in.abort();
            throw new ObjectStorageException("cannot read " + key + ": the store sent no Content-Length (" + this + ")");
        }
        String contentType = ObjectContent.isValidContentType(response.contentType())
                ? response.contentType() : ObjectContent.OCTET_STREAM;
        return Optional.of(new ObjectContent(contentType, response.contentLength(), in));
    }

    @Override
    public void delete(ObjectKey key) {
        try {
            s3.deleteObject(request -> request.bucket(settings.bucket()).key(key.value()));
        } catch (SdkException e) {
            throw failure("cannot delete " + key, e);
        }
    }

    /** Ready when the bucket exists and these credentials may use it (HEAD bucket, with a short timeout). */
    @Override
    public void checkReady() {
        try {
            s3.headBucket(request -> request.bucket(settings.bucket())
                    .overrideConfiguration(o -> o.apiCallTimeout(READINESS_TIMEOUT)));
        } catch (SdkException e) {
            throw failure("cannot use the bucket", e);
        }
    }

    @Override
    public Map<String, String> description() {
        Map<String, String> description = new LinkedHashMap<>();
        description.put("type", "s3");
        description.put("bucket", settings.bucket());
        description.put("endpoint", settings.endpoint().map(Object::toString).orElse("Amazon S3"));
        settings.region().ifPresent(region -> description.put("region", region));
        description.put("path-style", Boolean.toString(settings.pathStyle()));
        return description;
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return "S3 bucket '" + settings.bucket() + "' at " + description().get("endpoint");
    }

    private ObjectStorageException failure(String what, SdkException e) {
        String where = " (" + this + ")";
        if (e instanceof NoSuchBucketException) {
            return new ObjectStorageException(what + ": the bucket '" + settings.bucket() + "' does not exist" + where, e);
        }
        if (e instanceof S3Exception s3e) {
            String code = s3e.awsErrorDetails() == null ? "" : " " + s3e.awsErrorDetails().errorCode();
            return new ObjectStorageException(what + ": HTTP " + s3e.statusCode() + code + where, e);
        }
        return new ObjectStorageException(what + ": " + e.getMessage() + where, e);
    }
}
