// A linked list built from constructor functions with prototype methods.
function Node(value, next) { this.value = value; this.next = next; }
function List() { this.head = null; this.size = 0; }
List.prototype.push = function (v) {
  var n = new Node(v, null);
  if (!this.head) this.head = n;
  else { var c = this.head; while (c.next) c = c.next; c.next = n; }
  this.size++;
  return this;
};
List.prototype.reverse = function () {
  var prev = null, cur = this.head;
  while (cur) { var nx = cur.next; cur.next = prev; prev = cur; cur = nx; }
  this.head = prev;
  return this;
};
List.prototype.toString = function () {
  var parts = [];
  for (var c = this.head; c; c = c.next) parts.push(c.value);
  return "(" + parts.join(" -> ") + ")";
};
var l = new List().push(1).push(2).push(3).push(4);
console.log(String(l), l.size);
console.log("" + l.reverse());
console.log(new List() + "");
console.log(new Node(1, null));
