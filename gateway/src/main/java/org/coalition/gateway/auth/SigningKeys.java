package org.coalition.gateway.auth;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The gateway's RSA signing key pair, from PEM files, or generated at start where none is configured. */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public SigningKeys(AccessConfig config) {
        Optional<String> privateLocation = config.token().privateKeyLocation().filter(l -> !l.isBlank());
        Optional<String> publicLocation = config.token().publicKeyLocation().filter(l -> !l.isBlank());
        try {
            if (privateLocation.isPresent() && publicLocation.isPresent()) {
                privateKey = KeyUtils.decodePrivateKey(read(privateLocation.get()));
                publicKey = KeyUtils.decodePublicKey(read(publicLocation.get()));
            } else {
                LOG.warn("No token key pair configured (COALITION_TOKEN_PRIVATE_KEY_LOCATION and "
                        + "COALITION_TOKEN_PUBLIC_KEY_LOCATION): signing with a key generated for this run only; "
                        + "services cannot verify its tokens and they end with this process.");
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
            }
            keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded())).substring(0, 16);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the gateway's token key pair", e);
        }
    }

    private static String read(String location) throws IOException {
        return Files.readString(Path.of(location.replaceFirst("^file:", "")));
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }
}
