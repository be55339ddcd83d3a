package com.continuity.sla.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;

/**
 * The error-rate grid of a period: cells of equal length (intervals, or clock minutes) from the period start, the
 * last one cut at the period end. Only cells that an outage or a sample touches are built, so a quiet month costs
 * nothing; every other cell has an error rate of 0%.
 */
final class Cells {

    private Cells() {
    }

    /** One cell: seconds covered by outages, seconds excluded, and its requests (shares of the samples it overlaps). */
    static final class Cell {
        final long length;
        long covered;
        long excluded;
        Ratio failed = Ratio.ZERO;
        Ratio total = Ratio.ZERO;

        Cell(long length) {
            this.length = length;
        }

        /**
         * Error rate x length: DESIGN §4 counts an outage as 100% errors for the part of the cell it covers; the
         * rest, less excluded time (which counts as no errors), takes the error rate of the requests.
         */
        Ratio errorSeconds() {
            Ratio outages = Ratio.of(covered, 1);
            long rest = Math.max(0, length - covered - excluded);
            if (total.signum() == 0 || rest == 0) {
                return outages;
            }
            return outages.plus(failed.over(total).times(BigDecimal.valueOf(rest)));
        }
    }

    static TreeMap<Long, Cell> of(Period p, long length, List<Span> covered, List<Span> excluded,
                                  List<ErrorSample> samples) {
        TreeMap<Long, Cell> cells = new TreeMap<>();
        for (Span s : covered) {
            forEachCell(p, length, s.start(), s.end(), (cell, overlap) -> cell(cells, p, length, cell).covered += overlap);
        }
        for (ErrorSample sample : samples) {
            long start = sample.start().getEpochSecond();
            long end = sample.end().getEpochSecond();
            long duration = end - start;
            if (sample.total() == 0 || duration <= 0) {
                continue;
            }
            forEachCell(p, length, start, end, (cell, overlap) -> {
                Cell c = cell(cells, p, length, cell);
                // Counts spread evenly over the sample's window: this cell gets overlap / duration of them.
                c.failed = c.failed.plus(Ratio.of(sample.failed(), 1).times(Ratio.of(overlap, duration)));
                c.total = c.total.plus(Ratio.of(sample.total(), 1).times(Ratio.of(overlap, duration)));
            });
        }
        for (Span s : excluded) {
            forEachCell(p, length, s.start(), s.end(), (cell, overlap) -> {
                Cell c = cells.get(cell);
                if (c != null) {
                    c.excluded += overlap;
                }
            });
        }
        return cells;
    }

    private static Cell cell(TreeMap<Long, Cell> cells, Period p, long length, long index) {
        return cells.computeIfAbsent(index, i -> new Cell(Math.min(length, p.end() - p.start() - i * length)));
    }

    private interface Overlap {
        void accept(long cell, long seconds);
    }

    private static void forEachCell(Period p, long length, long from, long to, Overlap action) {
        long start = Math.max(from, p.start());
        long end = Math.min(to, p.end());
        for (long i = (start - p.start()) / length; end > start && p.start() + i * length < end; i++) {
            long cellStart = p.start() + i * length;
            long overlap = Math.min(end, cellStart + length) - Math.max(start, cellStart);
            if (overlap > 0) {
                action.accept(i, overlap);
            }
        }
    }
}
