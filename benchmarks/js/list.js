// List: builds singly linked lists recursively and runs a Takeuchi-like recursion
// over them (a suite program).
//
// Algorithm: tail(x, y, z) recurses as Takeuchi's function does, with "is shorter
// than" on lists in place of "<" on numbers and `next` in place of "- 1".
// Verifies: tail of lists of lengths 15, 10 and 6 is a list of length 10.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

class Element {
  constructor(value) {
    this.value = value;
    this.next = null;
  }

  length() {
    if (this.next === null) {
      return 1;
    }
    return 1 + this.next.length();
  }
}

class List extends Benchmark {
  benchmark() {
    const result = this.tail(this.makeList(15), this.makeList(10), this.makeList(6));
    return result.length();
  }

  verifyResult(result) {
    return result === 10;
  }

  makeList(length) {
    if (length === 0) {
      return null;
    }
    const e = new Element(length);
    e.next = this.makeList(length - 1);
    return e;
  }

  isShorterThan(x, y) {
    let xTail = x;
    let yTail = y;
    while (yTail !== null) {
      if (xTail === null) {
        return true;
      }
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  tail(x, y, z) {
    if (this.isShorterThan(y, x)) {
      return this.tail(
        this.tail(x.next, y, z),
        this.tail(y.next, z, x),
        this.tail(z.next, x, y));
    }
    return z;
  }
}

module.exports = { newInstance: () => new List() };
