// A loop body may not be a labelled function, however many labels it has.
console.log("not reached");
for (var i = 0; i < 1; i++) outer: inner: function f() {}
