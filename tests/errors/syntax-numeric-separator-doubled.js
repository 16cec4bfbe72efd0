// Two underscores in a row are no numeric separator.
console.log("not reached");
var n = 1__000;
