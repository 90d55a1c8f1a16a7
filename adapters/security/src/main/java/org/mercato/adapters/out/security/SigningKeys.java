package org.mercato.adapters.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The RSA key pair that signs access tokens, and the public keys that verify them.
 *
 * <p>The signing key comes from {@code MERCATO_JWT_PRIVATE_KEY} (a PKCS#8 PEM; use it when several nodes
 * must share one key) or from {@code signing-key.pem} in the key directory ({@code MERCATO_JWT_KEY_DIRECTORY},
 * default {@code <server data dir>/mercato/jwt}), which is generated on first start so tokens survive
 * restarts. Public keys in {@code retired-*.pub.pem} files of that directory still verify tokens during a
 * key rotation (docs/security.md).
 */
public final class SigningKeys {

    static final String SIGNING_KEY_FILE = "signing-key.pem";
    private static final Map<Path, SigningKeys> BY_DIRECTORY = new ConcurrentHashMap<>();

    private final RSAKey signingKey;
    private final JWKSet verificationKeys;

    private SigningKeys(RSAKey signingKey, List<RSAKey> retired) {
        this.signingKey = signingKey;
        List<com.nimbusds.jose.jwk.JWK> keys = new ArrayList<>();
        keys.add(signingKey.toPublicJWK());
        keys.addAll(retired);
        this.verificationKeys = new JWKSet(keys);
    }

    /** The keys of this server: one instance per key directory, shared by signer and verifier. */
    public static SigningKeys current() {
        String configured = System.getenv("MERCATO_JWT_PRIVATE_KEY");
        Path directory = keyDirectory();
        if (configured != null && !configured.isBlank()) {
            return BY_DIRECTORY.computeIfAbsent(directory.resolve("<environment>"),
                    any -> new SigningKeys(rsaKey(parsePrivateKey(configured)), readRetired(directory)));
        }
        return forDirectory(directory);
    }

    static SigningKeys forDirectory(Path directory) {
        return BY_DIRECTORY.computeIfAbsent(directory.toAbsolutePath(),
                dir -> new SigningKeys(rsaKey(loadOrCreate(dir)), readRetired(dir)));
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    /** Every key that may verify a token, as a JSON Web Key Set of public keys. */
    public String verificationKeysJson() {
        return verificationKeys.toString(true);
    }

    static Path keyDirectory() {
        String configured = System.getenv("MERCATO_JWT_KEY_DIRECTORY");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(dataDir, "mercato", "jwt");
    }

    private static synchronized RSAPrivateCrtKey loadOrCreate(Path directory) {
        Path file = directory.resolve(SIGNING_KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(directory);
                RSAKey generated = new RSAKeyGenerator(2048).generate();
                Path temporary = Files.createTempFile(directory, "signing-key", ".tmp");
                restrictToOwner(temporary);
                Files.writeString(temporary, pem("PRIVATE KEY", generated.toPrivateKey().getEncoded()));
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                    Files.deleteIfExists(temporary);
                }
            }
            return parsePrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT signing key in " + directory, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a JWT signing key", e);
        }
    }

    private static List<RSAKey> readRetired(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("retired-.*\\.pub\\.pem"))
                    .sorted()
                    .map(SigningKeys::readPublicKey)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey readPublicKey(Path file) {
        try {
            byte[] der = decodePem(Files.readString(file, StandardCharsets.US_ASCII));
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            RSAKey jwk = new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).build();
            return new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).keyID(jwk.computeThumbprint().toString()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("not an RSA public key (X.509 PEM): " + file, e);
        }
    }

    static RSAPrivateCrtKey parsePrivateKey(String pem) {
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decodePem(pem)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("the JWT signing key is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    /** The public half of a PKCS#8 PEM private key. */
    static RSAPublicKey parsePrivateKeyPublicPart(String pem) {
        RSAPrivateCrtKey key = parsePrivateKey(pem);
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(RSAPrivateCrtKey privateKey) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE).build();
            // The key id is the key's thumbprint: stable across restarts and different for every key.
            return new RSAKey.Builder(withoutId).keyID(withoutId.computeThumbprint().toString()).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as an X.509 PEM, the form {@code retired-*.pub.pem} files take. */
    public String publicKeyPem() {
        try {
            return pem("PUBLIC KEY", signingKey.toRSAPublicKey().getEncoded());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] decodePem(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }
}
