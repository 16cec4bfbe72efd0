// Stack and queue implementations using arrays with push/pop and an index-based queue.
function Stack() { this.items = []; }
Stack.prototype.push = function (x) { this.items.push(x); };
Stack.prototype.pop = function () { return this.items.pop(); };
Stack.prototype.peek = function () { return this.items[this.items.length - 1]; };
function balanced(s) {
  var st = new Stack(), pairs = { ")": "(", "]": "[", "}": "{" };
  for (var i = 0; i < s.length; i++) {
    var c = s[i];
    if (c === "(" || c === "[" || c === "{") st.push(c);
    else if (c in pairs) { if (st.pop() !== pairs[c]) return false; }
  }
  return st.items.length === 0;
}
console.log(balanced("([]{()})"), balanced("([)]"), balanced("(("), balanced(""));
function Queue() { this.items = []; this.head = 0; }
Queue.prototype.enqueue = function (x) { this.items.push(x); };
Queue.prototype.dequeue = function () { return this.head < this.items.length ? this.items[this.head++] : undefined; };
var q = new Queue();
q.enqueue("a"); q.enqueue("b"); q.enqueue("c");
console.log(q.dequeue(), q.dequeue(), q.dequeue(), q.dequeue());
