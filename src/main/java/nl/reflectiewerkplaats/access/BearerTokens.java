package nl.reflectiewerkplaats.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets behind links (invite, watch, account and solo-reflection links): random,
 * URL-safe, and where a link is personal, stored only as a SHA-256 hash, so that a copy
 * of the store opens nothing.
 */
public final class BearerTokens {

    /** 256 random bits. */
    public static final int BYTES = 32;
    /** Anything longer is no token of ours and is not looked up. */
    public static final int MAX_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BearerTokens() {
    }

    /** A new random token of {@code bytes} random bytes, URL-safe. */
    public static String newToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** A new token of {@link #BYTES} random bytes. */
    public static String newToken() {
        return newToken(BYTES);
    }

    /** The hash under which a token is stored (hex SHA-256). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a presented token is worth looking up at all. */
    public static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_LENGTH;
    }
}
