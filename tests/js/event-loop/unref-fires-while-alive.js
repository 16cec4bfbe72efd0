// An unref'd timer still fires while something else keeps the loop alive.
const t = setTimeout(() => console.log('unref timer fired'), 1);
t.unref();
setTimeout(() => console.log('ref timer, later'), 20);
