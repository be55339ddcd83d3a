package com.continuity.support;

import java.util.Arrays;
import java.util.Locale;

/** How the app benchmarks time a step: untimed warm-ups, then timed runs, reported as median, min and max. */
public final class BenchTimer {

    private BenchTimer() {
    }

    public interface Timed {
        void run() throws Exception;
    }

    public record Stats(double[] seconds) {
        public double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        public String describe() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return time(median()) + " (median of " + s.length + "; " + time(s[0]) + " to " + time(s[s.length - 1]) + ")";
        }
    }

    /** {@code warmups} untimed runs, then {@code runs} timed ones. */
    public static Stats measure(int warmups, int runs, Timed timed) throws Exception {
        for (int i = 0; i < warmups; i++) {
            timed.run();
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            timed.run();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        return new Stats(seconds);
    }

    /** Seconds as "12.34 ms" below a second, else "1.234 s". */
    public static String time(double s) {
        return s < 1 ? String.format(Locale.ROOT, "%.2f ms", s * 1e3) : String.format(Locale.ROOT, "%.3f s", s);
    }
}
