package com.continuity.resilience.model;

import java.util.Arrays;

/**
 * Sets of failure domains as bit words, indexed by a tree's domain numbering. The cut-set and probability
 * algorithms do millions of subset and intersection tests; on {@code long[]} each is a few machine instructions.
 */
final class Bits {

    private Bits() {
    }

    static long[] empty(int words) {
        return new long[words];
    }

    static long[] of(int words, int... indices) {
        long[] b = new long[words];
        for (int i : indices) {
            b[i >>> 6] |= 1L << i;
        }
        return b;
    }

    static long[] with(long[] a, int index) {
        long[] b = a.clone();
        b[index >>> 6] |= 1L << index;
        return b;
    }

    static long[] without(long[] a, int index) {
        long[] b = a.clone();
        b[index >>> 6] &= ~(1L << index);
        return b;
    }

    static boolean has(long[] a, int index) {
        return (a[index >>> 6] & (1L << index)) != 0;
    }

    static boolean intersects(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isEmpty(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** True when every member of {@code sub} is in {@code sup}. */
    static boolean containsAll(long[] sup, long[] sub) {
        for (int i = 0; i < sup.length; i++) {
            if ((sub[i] & ~sup[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    static int size(long[] a) {
        int n = 0;
        for (long w : a) {
            n += Long.bitCount(w);
        }
        return n;
    }

    /** The members in ascending order. */
    static int[] members(long[] a) {
        int[] out = new int[size(a)];
        int k = 0;
        for (int w = 0; w < a.length; w++) {
            long word = a[w];
            while (word != 0) {
                out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return out;
    }

    static int compare(long[] a, long[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    /** A hashable, immutable view of a bit set. */
    record Key(long[] bits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(bits, k.bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }
    }
}
