package com.continuity.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * BCrypt, remembering recent successes for a few minutes. The REST API is stateless HTTP Basic, so every call
 * checks the password, and a BCrypt check costs about 50 ms here: more than most answers. A success is kept as an
 * HMAC of the password under a key made at start-up, filed under the stored BCrypt hash; a later call with the
 * same password and the same stored hash is then checked by the HMAC. A password change changes the stored hash,
 * so the memory no longer applies; failures are never remembered, so guessing still pays full BCrypt.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Success(byte[] mac, Instant until) {
    }

    private final PasswordEncoder bcrypt;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Success> successes = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder bcrypt, Clock clock) {
        this.bcrypt = bcrypt;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        Instant now = clock.instant();
        byte[] mac = mac(encodedPassword, rawPassword);
        Success known = successes.get(encodedPassword);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.mac(), mac)) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (successes.size() >= MAX_ENTRIES) {
                successes.values().removeIf(s -> !now.isBefore(s.until()));
                if (successes.size() >= MAX_ENTRIES) {
                    successes.clear();
                }
            }
            successes.put(encodedPassword, new Success(mac, now.plus(REMEMBER_FOR)));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private byte[] mac(String encodedPassword, CharSequence rawPassword) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
