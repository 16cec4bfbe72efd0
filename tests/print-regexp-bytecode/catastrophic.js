// /(a+)+$/: a loop inside a loop, both greedy, every iteration a choice point; this is the
// code that backtracks exponentially on 'aaa...ab' (docs/regexp.md).
console.log(/(a+)+$/.test('aaaab'));
