// break inside switch only leaves the switch; continue inside switch continues the loop.
var out = [];
for (var i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0: out.push("zero"); break;
    case 1: continue;
    default: out.push("two");
  }
  out.push("after" + i);
}
console.log(out.join(" "));
var n = 0;
loop: while (true) {
  switch (n++) {
    case 3: break loop;
    default: continue loop;
  }
}
console.log(n);
