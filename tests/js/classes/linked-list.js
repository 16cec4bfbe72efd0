// A small data structure written with classes.
class Node {
  constructor(value, next) {
    this.value = value;
    this.next = next;
  }
}
class List {
  constructor() { this.head = null; this.size = 0; }
  push(v) { this.head = new Node(v, this.head); this.size++; return this; }
  toArray() {
    const out = [];
    for (let n = this.head; n !== null; n = n.next) out.push(n.value);
    return out;
  }
  static of(...xs) {
    const l = new List();
    for (let i = xs.length - 1; i >= 0; i--) l.push(xs[i]);
    return l;
  }
}
const l = List.of(1, 2, 3, 4);
console.log(l.toArray(), l.size, l.head.next.value);
