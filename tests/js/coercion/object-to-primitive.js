// valueOf/toString order for objects in +, ==, <, template literals and String().
var log = [];
var o = {
  valueOf: function () { log.push("valueOf"); return 5; },
  toString: function () { log.push("toString"); return "five"; }
};
console.log(o + 1, log.join(",")); log = [];
console.log(`${o}`, log.join(",")); log = [];
console.log(String(o), log.join(",")); log = [];
console.log(o == 5, log.join(",")); log = [];
console.log(o < 6, log.join(",")); log = [];
console.log(o * 2, log.join(",")); log = [];
var noValue = { valueOf: function () { return {}; }, toString: function () { return "fallback"; } };
console.log(noValue + "!", noValue == "fallback");
var arr = [1, 2];
arr.toString = function () { return "ARR"; };
console.log(arr + "", String(arr), arr == "ARR");
