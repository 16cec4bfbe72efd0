// Output produced before an uncaught error inside a loop is kept on stdout.
var items = [1, 2, 3, "four", 5];
for (var i = 0; i < items.length; i++) {
  if (typeof items[i] !== "number") throw new TypeError("not a number: " + items[i]);
  console.log("item", items[i]);
}
