// A table of == results between the tricky values (compare with === too).
var vals = [0, "", "0", null, undefined, false, NaN, [], "1", 1, true];
var names = ["0", '""', '"0"', "null", "undef", "false", "NaN", "[]", '"1"', "1", "true"];
for (var i = 0; i < vals.length; i++) {
  var row = names[i] + ":";
  for (var j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? " Y" : " .";
  console.log(row);
}
