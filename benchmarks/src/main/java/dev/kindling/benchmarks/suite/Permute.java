/*
 * Permute: the Java twin of benchmarks/js/permute.js.
 *
 * Algorithm: permute(n) fixes each of the first n elements of a 6-element array in
 * the last free place in turn (swap in, recurse on n - 1, swap back), counting calls.
 * Verifies: one benchmark() makes 8660 calls; the array is restored to its start.
 */
package dev.kindling.benchmarks.suite;

public final class Permute extends Benchmark {
    private int count;
    private int[] v;

    @Override
    public Object benchmark() {
        count = 0;
        v = new int[] {1, 2, 3, 4, 5, 6};
        permute(6);
        return count;
    }

    @Override
    public boolean verifyResult(Object result) {
        // Each swap is undone, so the array must end as it began.
        for (int i = 0; i < 6; i++) {
            if (v[i] != i + 1) {
                return false;
            }
        }
        return ((Integer) result) == 8660;
    }

    void permute(int n) {
        count++;
        if (n != 0) {
            int n1 = n - 1;
            permute(n1);
            for (int i = n1; i >= 0; i--) {
                swap(n1, i);
                permute(n1);
                swap(n1, i);
            }
        }
    }

    void swap(int i, int j) {
        int tmp = v[i];
        v[i] = v[j];
        v[j] = tmp;
    }
}
