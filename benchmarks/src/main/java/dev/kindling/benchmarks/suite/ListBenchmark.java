/*
 * List: the Java twin of benchmarks/js/list.js (named ListBenchmark so it does not
 * read as java.util.List).
 *
 * Algorithm: tail(x, y, z) recurses as Takeuchi's function does, with "is shorter
 * than" on lists in place of "<" on numbers and `next` in place of "- 1".
 * Verifies: tail of lists of lengths 15, 10 and 6 is a list of length 10.
 */
package dev.kindling.benchmarks.suite;

public final class ListBenchmark extends Benchmark {

    static final class Element {
        final Object value;
        Element next;

        Element(Object value) {
            this.value = value;
            this.next = null;
        }

        int length() {
            if (next == null) {
                return 1;
            }
            return 1 + next.length();
        }
    }

    @Override
    public Object benchmark() {
        Element result = tail(makeList(15), makeList(10), makeList(6));
        return result.length();
    }

    @Override
    public boolean verifyResult(Object result) {
        return ((Integer) result) == 10;
    }

    Element makeList(int length) {
        if (length == 0) {
            return null;
        }
        Element e = new Element(length);
        e.next = makeList(length - 1);
        return e;
    }

    boolean isShorterThan(Element x, Element y) {
        Element xTail = x;
        Element yTail = y;
        while (yTail != null) {
            if (xTail == null) {
                return true;
            }
            xTail = xTail.next;
            yTail = yTail.next;
        }
        return false;
    }

    Element tail(Element x, Element y, Element z) {
        if (isShorterThan(y, x)) {
            return tail(
                tail(x.next, y, z),
                tail(y.next, z, x),
                tail(z.next, x, y));
        }
        return z;
    }
}
