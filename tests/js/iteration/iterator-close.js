// break, return, throw and labelled continue out of for-of call the iterator's return().
function counter(label) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { return { value: i++, done: i > 5 }; },
        return() { console.log(label, 'closed at', i); return {}; },
      };
    },
  };
}
for (const x of counter('exhausted')) {}
for (const x of counter('break')) { if (x === 2) break; }
function early() { for (const x of counter('return')) { if (x === 1) return x; } }
console.log('returned', early());
try { for (const x of counter('throw')) { if (x === 3) throw new Error('stop'); } } catch (e) { console.log('caught', e.message); }
outer: for (const a of [1, 2]) { for (const x of counter('continue-outer-' + a)) { continue outer; } }
outer2: for (const a of [1]) { for (const x of counter('break-outer')) { break outer2; } }
for (const x of counter('continue')) { if (x < 10) continue; }
