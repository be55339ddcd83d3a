package com.continuity.sla.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A half-open window [start, end) in epoch seconds with the labels of its sources. The static methods are the
 * window arithmetic of DESIGN §4: union, clipping, subtraction and rounding to the minute grid.
 */
record Span(long start, long end, Set<String> labels) {

    long seconds() {
        return end - start;
    }

    String label() {
        return String.join(", ", labels);
    }

    /** Overlapping or touching windows merge: downtime that continues is one run. */
    static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            if (s.end <= s.start) {
                continue;
            }
            Span last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && s.start <= last.end) {
                Set<String> labels = new LinkedHashSet<>(last.labels);
                labels.addAll(s.labels);
                merged.set(merged.size() - 1, new Span(last.start, Math.max(last.end, s.end), labels));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** The parts of sorted, disjoint {@code spans} outside sorted, disjoint {@code cuts}. */
    static List<Span> subtract(List<Span> spans, List<Span> cuts) {
        List<Span> out = new ArrayList<>();
        int first = 0;
        for (Span s : spans) {
            long from = s.start;
            while (first < cuts.size() && cuts.get(first).end <= from) {
                first++;
            }
            for (int i = first; i < cuts.size() && cuts.get(i).start < s.end; i++) {
                Span cut = cuts.get(i);
                if (cut.start > from) {
                    out.add(new Span(from, cut.start, s.labels));
                }
                from = Math.max(from, cut.end);
            }
            if (from < s.end) {
                out.add(new Span(from, s.end, s.labels));
            }
        }
        return out;
    }

    Span clip(long from, long to) {
        return new Span(Math.max(start, from), Math.min(end, to), labels);
    }

    /**
     * Applies the partial-minute rule on the minute grid that starts at {@code origin}: COUNT widens each window to
     * the minutes it touches, DROP narrows it to the minutes it fully covers. Windows that meet after widening merge.
     */
    static List<Span> toMinutes(List<Span> spans, PartialMinutes rule, long origin, long limit) {
        if (rule == PartialMinutes.EXACT) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean widen = rule == PartialMinutes.COUNT;
            long a = origin + 60 * (widen ? Math.floorDiv(s.start - origin, 60) : Math.ceilDiv(s.start - origin, 60));
            long b = origin + 60 * (widen ? Math.ceilDiv(s.end - origin, 60) : Math.floorDiv(s.end - origin, 60));
            if (b > a) {
                out.add(new Span(a, Math.min(b, limit), s.labels));
            }
        }
        return union(out);
    }

    static long seconds(List<Span> spans) {
        return spans.stream().mapToLong(Span::seconds).sum();
    }
}
