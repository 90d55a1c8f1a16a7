package org.mercato.adapters.out.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which object store Mercato uses and how to reach it, read from MicroProfile Config
 * ({@code mercato.storage.*}, or environment variables such as {@code MERCATO_STORAGE_TYPE}). A setting
 * that cannot work is refused here with its name, so a misconfigured server stops at deployment.
 */
public record StorageSettings(Type type, Path localDirectory, Optional<S3Settings> s3) {

    public enum Type { LOCAL, S3 }

    static final String TYPE = "mercato.storage.type";
    static final String LOCAL_DIRECTORY = "mercato.storage.local.directory";
    static final String S3_BUCKET = "mercato.storage.s3.bucket";
    static final String S3_REGION = "mercato.storage.s3.region";
    static final String S3_ENDPOINT = "mercato.storage.s3.endpoint";
    static final String S3_PATH_STYLE = "mercato.storage.s3.path-style";
    static final String S3_ACCESS_KEY = "mercato.storage.s3.access-key";
    static final String S3_SECRET_KEY = "mercato.storage.s3.secret-key";

    /**
     * How to reach an S3 bucket. Without an endpoint it is Amazon S3, in the configured region or the one
     * the AWS SDK finds ({@code AWS_REGION}, profile, instance metadata). With an endpoint it is any
     * S3-compatible store, addressed path-style unless told otherwise, in {@code us-east-1} unless told
     * otherwise. Without an access key the AWS SDK's default credential chain applies.
     */
    public record S3Settings(String bucket, Optional<String> region, Optional<URI> endpoint, boolean pathStyle,
            Optional<Credentials> credentials) {
    }

    /** A static key pair; {@code toString} keeps the secret out of logs. */
    public record Credentials(String accessKeyId, String secretAccessKey) {
        @Override
        public String toString() {
            return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
        }
    }

    /** Reads the settings; {@code lookup} answers a property name with its value, if set. */
    public static StorageSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> setting = name -> lookup.apply(name).map(String::trim).filter(v -> !v.isEmpty());
        Type type = setting.apply(TYPE).map(StorageSettings::type).orElse(Type.LOCAL);
        Path directory = setting.apply(LOCAL_DIRECTORY).map(Path::of).orElseGet(StorageSettings::defaultDirectory);
        Optional<S3Settings> s3 = type == Type.S3 ? Optional.of(s3(setting)) : Optional.empty();
        return new StorageSettings(type, directory, s3);
    }

    /** {@code <server data dir>/mercato/objects} inside WildFly, under the temporary directory elsewhere. */
    static Path defaultDirectory() {
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(dataDir, "mercato", "objects");
    }

    private static Type type(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "local" -> Type.LOCAL;
            case "s3" -> Type.S3;
            default -> throw invalid(TYPE, value, "'local' or 's3'");
        };
    }

    private static S3Settings s3(Function<String, Optional<String>> setting) {
        String bucket = setting.apply(S3_BUCKET)
                .orElseThrow(() -> new IllegalArgumentException(S3_BUCKET + " is required when " + TYPE + " is s3"));
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw invalid(S3_BUCKET, bucket, "an S3 bucket name: 3 to 63 of a-z, 0-9, '.', '-'");
        }
        Optional<URI> endpoint = setting.apply(S3_ENDPOINT).map(StorageSettings::endpoint);
        boolean pathStyle = setting.apply(S3_PATH_STYLE).map(StorageSettings::bool).orElse(endpoint.isPresent());
        Optional<String> region = setting.apply(S3_REGION).or(() -> endpoint.map(any -> "us-east-1"));
        region.ifPresent(r -> {
            if (!r.matches("[a-z0-9-]{1,40}")) {
                throw invalid(S3_REGION, r, "a region name such as eu-central-1");
            }
        });
        Optional<String> accessKey = setting.apply(S3_ACCESS_KEY);
        Optional<String> secretKey = setting.apply(S3_SECRET_KEY);
        if (accessKey.isPresent() != secretKey.isPresent()) {
            throw new IllegalArgumentException(S3_ACCESS_KEY + " and " + S3_SECRET_KEY
                    + " go together: set both, or neither to use the AWS default credential chain");
        }
        Optional<Credentials> credentials = accessKey.map(id -> new Credentials(id, secretKey.orElseThrow()));
        return new S3Settings(bucket, region, endpoint, pathStyle, credentials);
    }

    private static URI endpoint(String value) {
        try {
            URI uri = new URI(value);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (http && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, with the setting's name
        }
        throw invalid(S3_ENDPOINT, value, "an http(s) URL such as http://localhost:9000");
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(S3_PATH_STYLE, value, "true or false");
        };
    }

    private static IllegalArgumentException invalid(String name, String value, String expected) {
        return new IllegalArgumentException(name + " must be " + expected + "; was '" + value + "'");
    }
}
