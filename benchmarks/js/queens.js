// Queens: places eight queens on a chessboard by backtracking (a suite program).
//
// Algorithm: column by column, put a queen in the first row whose row and both
// diagonals are free (three arrays of flags), recurse, and undo on failure.
// Verifies: ten searches each find a placement, and each placement is checked
// independently: eight queens, no two sharing a row, column or diagonal.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

class Queens extends Benchmark {
  benchmark() {
    let result = true;
    for (let i = 0; i < 10; i++) {
      result = result && this.queens();
    }
    return result;
  }

  verifyResult(result) {
    return result === true;
  }

  queens() {
    this.freeRows = new Array(8).fill(true);
    this.freeMaxs = new Array(16).fill(true);
    this.freeMins = new Array(16).fill(true);
    this.queenRows = new Array(8).fill(-1);
    return this.placeQueen(0) && this.isValidPlacement();
  }

  placeQueen(c) {
    for (let r = 0; r < 8; r++) {
      if (this.getRowColumn(r, c)) {
        this.queenRows[r] = c;
        this.setRowColumn(r, c, false);
        if (c === 7) {
          return true;
        }
        if (this.placeQueen(c + 1)) {
          return true;
        }
        this.setRowColumn(r, c, true);
      }
    }
    return false;
  }

  getRowColumn(r, c) {
    return this.freeRows[r] && this.freeMaxs[c + r] && this.freeMins[c - r + 7];
  }

  setRowColumn(r, c, v) {
    this.freeRows[r] = v;
    this.freeMaxs[c + r] = v;
    this.freeMins[c - r + 7] = v;
  }

  // Checks queenRows (row -> column) without the flag arrays the search used.
  isValidPlacement() {
    for (let r1 = 0; r1 < 8; r1++) {
      const c1 = this.queenRows[r1];
      if (c1 < 0 || c1 > 7) {
        return false;
      }
      for (let r2 = r1 + 1; r2 < 8; r2++) {
        const c2 = this.queenRows[r2];
        if (c1 === c2 || Math.abs(c1 - c2) === r2 - r1) {
          return false;
        }
      }
    }
    return true;
  }
}

module.exports = { newInstance: () => new Queens() };
