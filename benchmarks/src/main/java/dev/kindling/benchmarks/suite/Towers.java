/*
 * Java twin of benchmarks/js/towers.js: the Towers of Hanoi with 13 disks on linked stacks.
 *
 * Guarantees: an illegal move throws IllegalStateException; verifyResult accepts only 8191
 * moves, and benchmark() reports -1 unless the whole tower stands in order on its target.
 */
package dev.kindling.benchmarks.suite;

public final class Towers extends Benchmark {
    private static final int DISKS = 13;
    private static final int MOVES_FOR_DISKS = 8191;

    static final class Disk {
        final int size;
        Disk next;

        Disk(int size) {
            this.size = size;
        }
    }

    private Disk[] piles;
    private int movesDone;

    @Override
    public Object benchmark() {
        piles = new Disk[3];
        buildTowerAt(0, DISKS);
        movesDone = 0;
        moveDisks(DISKS, 0, 1);
        return isTowerAt(1, DISKS) ? movesDone : -1;
    }

    @Override
    public boolean verifyResult(Object movesDone) {
        return ((Integer) movesDone) == MOVES_FOR_DISKS;
    }

    private void buildTowerAt(int pile, int disks) {
        for (int size = disks; size > 0; size--) {
            pushDisk(new Disk(size), pile);
        }
    }

    private void pushDisk(Disk disk, int pile) {
        Disk top = piles[pile];
        if (top != null && disk.size >= top.size) {
            throw new IllegalStateException("cannot put disk " + disk.size + " on the smaller disk " + top.size);
        }
        disk.next = top;
        piles[pile] = disk;
    }

    private Disk popDiskFrom(int pile) {
        Disk top = piles[pile];
        if (top == null) {
            throw new IllegalStateException("cannot take a disk from the empty pile " + pile);
        }
        piles[pile] = top.next;
        top.next = null;
        return top;
    }

    private void moveTopDisk(int fromPile, int toPile) {
        pushDisk(popDiskFrom(fromPile), toPile);
        movesDone++;
    }

    private void moveDisks(int disks, int fromPile, int toPile) {
        if (disks == 1) {
            moveTopDisk(fromPile, toPile);
            return;
        }
        int otherPile = 3 - fromPile - toPile;
        moveDisks(disks - 1, fromPile, otherPile);
        moveTopDisk(fromPile, toPile);
        moveDisks(disks - 1, otherPile, toPile);
    }

    private boolean isTowerAt(int pile, int disks) {
        Disk disk = piles[pile];
        for (int size = 1; size <= disks; size++) {
            if (disk == null || disk.size != size) {
                return false;
            }
            disk = disk.next;
        }
        return disk == null;
    }
}
