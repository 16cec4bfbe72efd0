// An exception inside OSR code behaves as in the interpreter: one thrown in a try range is
// caught by the function's own handler (the loop header sits inside the try), one thrown after
// the try is left propagates to the caller with the function's frame in its stack, and a
// finally runs on the way out.
function caught(limit) {
  let log = '';
  try {
    %OptimizeOsr();
    for (let i = 0; i < limit; i++) {
      if (i === limit - 3) throw new Error('at ' + i);
      log = 'ran ' + i;
    }
  } catch (e) {
    return log + ', caught ' + e.message;
  }
  return log;
}
console.log(caught(100));

function uncaught(limit) {
  let sum = 0;
  %OptimizeOsr();
  for (let i = 0; i < limit; i++) {
    sum += i;
    if (sum > 1000) null.boom;
  }
  return sum;
}
try {
  uncaught(1000);
} catch (e) {
  console.log(e.constructor.name, e.message);
  const frame = e.stack.split('\n')[1].trim();
  console.log(frame.slice(0, frame.indexOf('(')) + frame.slice(frame.lastIndexOf('/') + 1));
}

function withFinally(limit) {
  let state = 'start';
  try {
    %OptimizeOsr();
    for (let i = 0; i < limit; i++) {
      state = 'at ' + i;
    }
    throw new RangeError(state);
  } finally {
    console.log('finally sees', state);
  }
}
try {
  withFinally(50);
} catch (e) {
  console.log(e.name, e.message);
}
