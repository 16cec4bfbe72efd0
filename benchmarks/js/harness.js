// The suite's harness: runs one benchmark program and reports how long each iteration took.
//
// Usage:  node harness.js NAME [outer [inner]]        (kindling harness.js ... alike)
//   NAME   a program of this folder: ./<NAME lowercased>.js exporting newInstance()
//   outer  timed iterations (default 1)
//   inner  the argument of each innerBenchmarkLoop call (default 1): repetitions for most
//          programs, the problem size for those whose result depends on it (CD, Mandelbrot,
//          NBody)
//
// Output, one line per outer iteration and a summary (a table script parses these lines;
// keep them stable, and keep JavaHarness printing the same):
//   NAME: iterations=1 runtime: <us>us
//   NAME: iterations=<outer> average: <us>us total: <us>us
// with <us> whole microseconds. If an iteration fails the program's own verification the
// harness prints `NAME: verification failed` and exits with code 1; an unknown NAME or a
// malformed count prints `harness: ...` to stderr and exits with code 1.
'use strict';

const usage = 'usage: node harness.js NAME [outer [inner]]';

const fail = (message) => {
  console.error(`harness: ${message}`);
  console.error(usage);
  process.exit(1);
};

// A count argument: a whole number of at least 1, written in decimal digits.
const parseCount = (text, what) => {
  if (text === undefined) {
    return 1;
  }
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) {
      fail(`${what} must be a whole number, not '${text}'`);
    }
    value = value * 10 + digit;
  }
  if (text.length === 0 || value < 1) {
    fail(`${what} must be at least 1, not '${text}'`);
  }
  return value;
};

// Loads ./<name lowercased>.js; a missing file is an unknown benchmark, any other error
// (a broken program) propagates as the engine reports it.
const loadProgram = (name) => {
  const path = `./${name.toLowerCase()}.js`;
  try {
    return require(path);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith(`Cannot find module '${path}'`)) {
      fail(`unknown benchmark '${name}' (no ${path} next to harness.js)`);
    }
    throw e;
  }
};

const microsSince = (start) => (performance.now() - start) * 1000;

const run = (name, outer, inner) => {
  const program = loadProgram(name);
  if (typeof program.newInstance !== 'function') {
    fail(`./${name.toLowerCase()}.js does not export newInstance()`);
  }
  const benchmark = program.newInstance();
  let total = 0;
  for (let i = 0; i < outer; i++) {
    const start = performance.now();
    const ok = benchmark.innerBenchmarkLoop(inner);
    const micros = microsSince(start);
    if (!ok) {
      console.log(`${name}: verification failed`);
      process.exit(1);
    }
    total += micros;
    console.log(`${name}: iterations=1 runtime: ${Math.round(micros)}us`);
  }
  console.log(`${name}: iterations=${outer} average: ${Math.round(total / outer)}us total: ${Math.round(total)}us`);
};

const main = (args) => {
  if (args.length < 1 || args.length > 3) {
    fail('expected a benchmark name and at most two counts');
  }
  run(args[0], parseCount(args[1], 'outer'), parseCount(args[2], 'inner'));
};

main(process.argv.slice(2));
