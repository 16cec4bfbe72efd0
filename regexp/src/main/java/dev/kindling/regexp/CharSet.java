/*
 * A set of code points as sorted, disjoint, non-adjacent closed ranges: the value of a
 * character class (V8's ZoneList<CharacterRange>, kept canonical as CharacterRange::Canonicalize
 * leaves it).
 *
 * Assumes: code points in 0..0x10FFFF (a non-unicode pattern only ever uses 0..0xFFFF).
 * Guarantees: immutable; `ranges` is canonical, so two equal sets have equal arrays; contains()
 * is a binary search.
 */
package dev.kindling.regexp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class CharSet {
    public static final int MAX_CODE_POINT = 0x10FFFF;
    public static final int MAX_CODE_UNIT = 0xFFFF;
    public static final CharSet EMPTY = new CharSet(new int[0]);

    /** lo0, hi0, lo1, hi1, ...: inclusive bounds. */
    private final int[] ranges;

    private CharSet(int[] ranges) {
        this.ranges = ranges;
    }

    public static CharSet of(int codePoint) {
        return new CharSet(new int[] {codePoint, codePoint});
    }

    public static CharSet range(int lo, int hi) {
        return new CharSet(new int[] {lo, hi});
    }

    /** The set of pairs lo,hi given in any order, overlapping or not. */
    public static CharSet ofRanges(int... pairs) {
        Builder b = new Builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add(pairs[i], pairs[i + 1]);
        }
        return b.build();
    }

    public int rangeCount() {
        return ranges.length / 2;
    }

    public int lo(int i) {
        return ranges[2 * i];
    }

    public int hi(int i) {
        return ranges[2 * i + 1];
    }

    public boolean isEmpty() {
        return ranges.length == 0;
    }

    public boolean contains(int c) {
        int low = 0;
        int high = ranges.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (c < ranges[2 * mid]) {
                high = mid - 1;
            } else if (c > ranges[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    public CharSet union(CharSet other) {
        Builder b = new Builder();
        b.addAll(this);
        b.addAll(other);
        return b.build();
    }

    /** Everything in 0..max that is not in this set. */
    public CharSet complement(int max) {
        Builder b = new Builder();
        int next = 0;
        for (int i = 0; i < rangeCount(); i++) {
            if (lo(i) > next) {
                b.add(next, Math.min(lo(i) - 1, max));
            }
            next = hi(i) + 1;
        }
        if (next <= max) {
            b.add(next, max);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CharSet other && Arrays.equals(ranges, other.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    /** As --print-regexp-bytecode shows a class: [0x30-0x39 0x5f]. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rangeCount(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(RegExpCode.printChar(lo(i)));
            if (hi(i) != lo(i)) {
                sb.append('-').append(RegExpCode.printChar(hi(i)));
            }
        }
        return sb.append(']').toString();
    }

    /** Collects ranges in any order and canonicalizes them once, in build(). */
    public static final class Builder {
        private final List<int[]> pending = new ArrayList<>();

        public Builder add(int lo, int hi) {
            if (lo <= hi) {
                pending.add(new int[] {lo, hi});
            }
            return this;
        }

        public Builder add(int c) {
            return add(c, c);
        }

        public Builder addAll(CharSet set) {
            for (int i = 0; i < set.rangeCount(); i++) {
                add(set.lo(i), set.hi(i));
            }
            return this;
        }

        public CharSet build() {
            pending.sort((a, b) -> Integer.compare(a[0], b[0]));
            int[] out = new int[pending.size() * 2];
            int n = 0;
            for (int[] r : pending) {
                if (n > 0 && r[0] <= out[n - 1] + 1) {
                    out[n - 1] = Math.max(out[n - 1], r[1]);
                } else {
                    out[n++] = r[0];
                    out[n++] = r[1];
                }
            }
            return new CharSet(Arrays.copyOf(out, n));
        }
    }
}
