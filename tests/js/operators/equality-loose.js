// == and != with the spec's coercions (null/undefined, numbers vs strings, booleans, objects).
console.log(null == undefined, null == 0, undefined == 0, null == false, undefined == "");
console.log(1 == "1", 0 == "", 0 == "0", "" == "0", 0 == " \t\n", 1 == "1.0");
console.log(true == 1, true == "1", false == "0", true == "true", false == "", false == []);
console.log([] == false, [] == 0, [] == "", [0] == false, [1] == true, [1, 2] == "1,2");
console.log([] == [], {} == {}, "[object Object]" == {}, NaN == NaN);
var a = [1];
console.log(a == a, a == 1, a == "1", a != "1");
console.log(null != undefined, null != 0, "a" != "a", 1 != "2");
var o = { valueOf: function () { return 7; } };
console.log(o == 7, o == "7", o != 8);
console.log(2 == [[[2]]], "" == [[]], 0 == [[]]);
