/*
 * Java twin of benchmarks/js/storage.js: a tree of arrays, four children to a node and seven
 * levels deep, with empty leaf arrays of pseudo-random length 1..10.
 *
 * Guarantees: verifyResult accepts only 5461, the number of arrays a complete build makes.
 */
package dev.kindling.benchmarks.suite;

public final class Storage extends Benchmark {
    private static final int DEPTH = 7;
    private static final int CHILDREN = 4;
    private static final int ARRAYS_IN_TREE = 5461;

    private int count;

    @Override
    public Object benchmark() {
        Random random = new Random();
        count = 0;
        buildTreeDepth(DEPTH, random);
        return count;
    }

    @Override
    public boolean verifyResult(Object arrayCount) {
        return ((Integer) arrayCount) == ARRAYS_IN_TREE;
    }

    private Object[] buildTreeDepth(int depth, Random random) {
        count++;
        if (depth == 1) {
            return new Object[(random.next() % 10) + 1];
        }
        Object[] node = new Object[CHILDREN];
        for (int i = 0; i < CHILDREN; i++) {
            node[i] = buildTreeDepth(depth - 1, random);
        }
        return node;
    }
}
