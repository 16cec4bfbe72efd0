// Annex B lets a labelled function stand in a statement list, never as the body of an if (IsLabelledFunction).
console.log("not reached");
if (true) l: function f() {}
