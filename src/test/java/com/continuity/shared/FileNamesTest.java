package com.continuity.shared;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileNamesTest {

    enum Sample { PROVIDER_API, HOST }

    @Test
    void anEnumValueIsWrittenInLowerCaseWithDashes() {
        assertThat(FileNames.of(Sample.PROVIDER_API)).isEqualTo("provider-api");
        assertThat(FileNames.of(TimeUnit.MILLISECONDS)).isEqualTo("milliseconds");
    }

    @Test
    void everyValueReadsBackFromItsFileName() {
        for (Sample s : Sample.values()) {
            assertThat(FileNames.parse(Sample.class, FileNames.of(s))).isSameAs(s);
        }
    }

    @Test
    void anUnknownNameIsRefusedWithTheAllowedOnes() {
        assertThatThrownBy(() -> FileNames.parse(Sample.class, "PROVIDER_API"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'PROVIDER_API' is not one of [provider-api, host]");
    }
}
