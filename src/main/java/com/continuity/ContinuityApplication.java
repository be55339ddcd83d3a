package com.continuity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
public class ContinuityApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContinuityApplication.class, args);
    }

    /** Every "now" and "today" comes from here, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
