// Towers: the Towers of Hanoi with 13 disks, each pile a linked stack of disk objects.
//
// What it exercises: deep recursion, small object allocation, and property loads and
// stores on one shape of object (a disk's size and next link).
// Guarantees: an illegal move (a disk onto a smaller one, a pop from an empty pile) throws;
// verifyResult accepts only 8191 = 2^13 - 1 moves, and benchmark() reports -1 instead of
// the count unless the whole tower stands, in order, on its target pile.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

const DISKS = 13;
const MOVES_FOR_DISKS = 8191;

class Disk {
  constructor(size) {
    this.size = size;
    this.next = null;
  }
}

class Towers extends Benchmark {
  constructor() {
    super();
    this.piles = null;
    this.movesDone = 0;
  }

  benchmark() {
    this.piles = [null, null, null];
    this.buildTowerAt(0, DISKS);
    this.movesDone = 0;
    this.moveDisks(DISKS, 0, 1);
    return this.isTowerAt(1, DISKS) ? this.movesDone : -1;
  }

  verifyResult(movesDone) {
    return movesDone === MOVES_FOR_DISKS;
  }

  // The largest disk first, so the smallest (size 1) ends on top.
  buildTowerAt(pile, disks) {
    for (let size = disks; size > 0; size--) {
      this.pushDisk(new Disk(size), pile);
    }
  }

  pushDisk(disk, pile) {
    const top = this.piles[pile];
    if (top !== null && disk.size >= top.size) {
      throw new Error(`cannot put disk ${disk.size} on the smaller disk ${top.size}`);
    }
    disk.next = top;
    this.piles[pile] = disk;
  }

  popDiskFrom(pile) {
    const top = this.piles[pile];
    if (top === null) {
      throw new Error(`cannot take a disk from the empty pile ${pile}`);
    }
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }

  moveTopDisk(fromPile, toPile) {
    this.pushDisk(this.popDiskFrom(fromPile), toPile);
    this.movesDone++;
  }

  // The classic recursion: park the disks - 1 above on the third pile, move the bottom
  // one, and bring the parked ones back on top of it.
  moveDisks(disks, fromPile, toPile) {
    if (disks === 1) {
      this.moveTopDisk(fromPile, toPile);
      return;
    }
    const otherPile = 3 - fromPile - toPile;
    this.moveDisks(disks - 1, fromPile, otherPile);
    this.moveTopDisk(fromPile, toPile);
    this.moveDisks(disks - 1, otherPile, toPile);
  }

  // True when the pile holds exactly the disks of sizes 1..disks, smallest on top.
  isTowerAt(pile, disks) {
    let disk = this.piles[pile];
    for (let size = 1; size <= disks; size++) {
      if (disk === null || disk.size !== size) {
        return false;
      }
      disk = disk.next;
    }
    return disk === null;
  }
}

module.exports = { newInstance: () => new Towers() };
