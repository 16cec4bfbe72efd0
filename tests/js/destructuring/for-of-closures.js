// Each iteration's pattern bindings are fresh, so closures see their own values.
const fns = [];
for (const [i, {label}] of [[1, {label: 'one'}], [2, {label: 'two'}]]) {
  fns.push(() => i + ':' + label);
}
console.log(fns.map(f => f()).join(' '));
