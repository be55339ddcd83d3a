package com.continuity.alerts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureTest {

    @Test
    void theSignatureIsTheHmacOfTheTimestampDotBodyInHex() {
        // HMAC-SHA256("secret-secret-secret", "1700000000.{}"), computed independently with openssl
        String header = Signature.header("secret-secret-secret", 1700000000L, "{}");
        assertThat(header).isEqualTo("t=1700000000,v1=9abb7ec2de5533bf35e03b3947b220889dd81b1238d43182a426463aafcc6e8c");
        assertThat(Signature.verifies("secret-secret-secret", header, "{}")).isTrue();
    }

    @Test
    void anotherBodyOrSecretDoesNotVerify() {
        String header = Signature.header("secret-secret-secret", 1700000000L, "{\"a\":1}");
        assertThat(Signature.verifies("secret-secret-secret", header, "{\"a\":2}")).isFalse();
        assertThat(Signature.verifies("other-secret-other", header, "{\"a\":1}")).isFalse();
        assertThat(Signature.verifies("secret-secret-secret", "v1=00", "{\"a\":1}")).isFalse();
    }

    @Test
    void generatedSecretsDiffer() {
        assertThat(Signature.newSecret()).startsWith("whsec_").isNotEqualTo(Signature.newSecret());
    }
}
