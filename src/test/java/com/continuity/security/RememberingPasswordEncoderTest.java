package com.continuity.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingPasswordEncoderTest {

    /** Counts the expensive checks; "hash:" + password stands in for BCrypt's output. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    }

    private final CountingEncoder slow = new CountingEncoder();
    private Instant now = Instant.parse("2026-11-27T12:00:00Z");
    private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(slow,
            new Clock() {
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                public Instant instant() {
                    return now;
                }
            });

    @Test
    void aSecondCallWithTheRightPasswordSkipsTheExpensiveCheck() {
        assertThat(encoder.matches("secret", "hash:secret")).isTrue();
        assertThat(encoder.matches("secret", "hash:secret")).isTrue();
        assertThat(slow.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverTakenFromMemoryAndAlwaysPaysTheFullCheck() {
        encoder.matches("secret", "hash:secret");
        assertThat(encoder.matches("guess", "hash:secret")).isFalse();
        assertThat(encoder.matches("guess", "hash:secret")).isFalse();
        assertThat(slow.checks).hasValue(3);
    }

    @Test
    void aChangedPasswordIsCheckedAfreshBecauseItsStoredHashDiffers() {
        encoder.matches("secret", "hash:secret");
        assertThat(encoder.matches("secret", "hash:new-secret")).isFalse();
        assertThat(slow.checks).hasValue(2);
    }

    @Test
    void aSuccessIsForgottenAfterFiveMinutes() {
        encoder.matches("secret", "hash:secret");
        now = now.plus(RememberingPasswordEncoder.REMEMBER_FOR);
        assertThat(encoder.matches("secret", "hash:secret")).isTrue();
        assertThat(slow.checks).hasValue(2);
    }
}
