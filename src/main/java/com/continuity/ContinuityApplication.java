package com.continuity;

import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

@SpringBootApplication
public class ContinuityApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContinuityApplication.class, args);
    }

    /**
     * Every "now" and "today" comes from here. {@code continuity.clock.start} (an ISO instant) starts the clock at
     * that moment and lets it run on, so that tests and demonstrations see the same "today" on any date.
     */
    @Bean
    Clock clock(@Value("${continuity.clock.start:}") String start) {
        Clock system = Clock.systemUTC();
        return start.isBlank() ? system : Clock.offset(system, Duration.between(system.instant(), Instant.parse(start)));
    }
}
