package org.coalition.gateway.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys and client secrets: 256 random bits, so a plain SHA-256 is a safe way to store them (no
 * dictionary to attack, unlike passwords); comparisons are constant-time.
 */
public final class Secrets {

    public static final String API_KEY_PREFIX = "cok_";
    public static final String CLIENT_SECRET_PREFIX = "cos_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newApiKey() {
        return API_KEY_PREFIX + random();
    }

    public static String newClientSecret() {
        return CLIENT_SECRET_PREFIX + random();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code secret} hashes to {@code expectedHash}, in time independent of where they differ. */
    public static boolean matches(String secret, String expectedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
