// FizzBuzz 1..30 with string building and modulo.
var out = [];
for (var i = 1; i <= 30; i++) {
  var s = "";
  if (i % 3 === 0) s += "Fizz";
  if (i % 5 === 0) s += "Buzz";
  out.push(s || i);
}
console.log(out.join(" "));
