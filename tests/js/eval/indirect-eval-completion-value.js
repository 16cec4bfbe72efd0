// An indirect eval returns the completion value of the code: the value of the last
// expression statement that ran; statements that produce no value leave it as it was, and
// an if, a loop, a switch or a try starts from undefined.
const geval = eval;
console.log(geval("1; 2"), geval("var x = 1"), geval("'a' + 'b'"));
console.log(geval("1; var y = 2"), geval("1; {}"), geval("1; function f() {}"));
console.log(geval("1; if (true) {}"), geval("1; if (true) { 2 }"), geval("1; if (false) 2"));
console.log(geval("2; while (false) {}"), geval("for (var i = 0; i < 3; i++) i * 10"));
console.log(geval("do { 5; break; } while (true)"), geval("switch (2) { case 2: 'two'; }"));
console.log(geval("try { 7 } catch (e) {}"), geval("try { throw 1 } catch (e) { 'caught' }"));
console.log(geval(""), geval("// nothing"), geval(";"));
console.log(geval("({ a: 1 })").a, geval("[1, 2, 3]").length, typeof geval("(function () {})"));
