/*
 * Queens: the Java twin of benchmarks/js/queens.js.
 *
 * Algorithm: column by column, put a queen in the first row whose row and both
 * diagonals are free (three arrays of flags), recurse, and undo on failure.
 * Verifies: ten searches each find a placement, and each placement is checked
 * independently: eight queens, no two sharing a row, column or diagonal.
 */
package dev.kindling.benchmarks.suite;

import java.util.Arrays;

public final class Queens extends Benchmark {
    private boolean[] freeRows;
    private boolean[] freeMaxs;
    private boolean[] freeMins;
    private int[] queenRows;

    @Override
    public Object benchmark() {
        boolean result = true;
        for (int i = 0; i < 10; i++) {
            result = result && queens();
        }
        return result;
    }

    @Override
    public boolean verifyResult(Object result) {
        return Boolean.TRUE.equals(result);
    }

    boolean queens() {
        freeRows = new boolean[8];
        freeMaxs = new boolean[16];
        freeMins = new boolean[16];
        queenRows = new int[8];
        Arrays.fill(freeRows, true);
        Arrays.fill(freeMaxs, true);
        Arrays.fill(freeMins, true);
        Arrays.fill(queenRows, -1);
        return placeQueen(0) && isValidPlacement();
    }

    boolean placeQueen(int c) {
        for (int r = 0; r < 8; r++) {
            if (getRowColumn(r, c)) {
                queenRows[r] = c;
                setRowColumn(r, c, false);
                if (c == 7) {
                    return true;
                }
                if (placeQueen(c + 1)) {
                    return true;
                }
                setRowColumn(r, c, true);
            }
        }
        return false;
    }

    boolean getRowColumn(int r, int c) {
        return freeRows[r] && freeMaxs[c + r] && freeMins[c - r + 7];
    }

    void setRowColumn(int r, int c, boolean v) {
        freeRows[r] = v;
        freeMaxs[c + r] = v;
        freeMins[c - r + 7] = v;
    }

    // Checks queenRows (row -> column) without the flag arrays the search used.
    boolean isValidPlacement() {
        for (int r1 = 0; r1 < 8; r1++) {
            int c1 = queenRows[r1];
            if (c1 < 0 || c1 > 7) {
                return false;
            }
            for (int r2 = r1 + 1; r2 < 8; r2++) {
                int c2 = queenRows[r2];
                if (c1 == c2 || Math.abs(c1 - c2) == r2 - r1) {
                    return false;
                }
            }
        }
        return true;
    }
}
