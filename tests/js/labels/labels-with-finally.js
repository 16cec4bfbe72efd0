// Labelled break/continue through try/finally runs the finally blocks in order.
var log = [];
outer: for (var i = 0; i < 3; i++) {
  try {
    for (var j = 0; j < 3; j++) {
      try {
        if (j === 1) continue outer;
        if (i === 2) break outer;
        log.push("body" + i + j);
      } finally {
        log.push("in-fin" + i + j);
      }
    }
  } finally {
    log.push("out-fin" + i);
  }
}
console.log(log.join(" "));
