// A generator (V8's shape): SwitchOnGeneratorState to the resume points, CreateJSGeneratorObject
// and the initial SuspendGenerator; each yield makes its {value, done} and suspends, and its
// ResumeGenerator + GetGeneratorState dispatch next (go on) / return (through the finally) / throw.
function* test(a) {
  const x = yield a;
  try {
    yield x + 1;
  } finally {
    a = 0;
  }
  return a;
}
const g = test(1);
g.next();
g.next(2);
