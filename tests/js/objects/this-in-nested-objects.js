// this refers to the object the method was called on, even when methods are shared or nested.
function describe() { return this.label; }
var a = { label: "a", describe: describe, child: { label: "child", describe: describe } };
console.log(a.describe(), a.child.describe(), a["child"]["describe"]());
var list = [describe];
list.label = "the array";
console.log(list[0]());
var holder = { label: "holder", get: function () { return function () { return typeof this; }; } };
console.log(holder.get()());
var arrows = { label: "arrows", make: function () { return () => this.label; } };
var made = arrows.make();
var other = { label: "other", run: made };
console.log(made(), other.run());
