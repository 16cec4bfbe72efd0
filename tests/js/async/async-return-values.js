// What an async function's promise settles with: a returned promise is adopted (its value or
// rejection), a returned thenable too, returning the function's own promise is a cycle.
async function returnsRejected() { return Promise.reject(new Error('adopted rejection')); }
async function returnsThenable() { return { then(ok) { ok('thenable value'); } }; }
async function returnsNested() { return (async () => (async () => 'nested')())(); }
let self;
async function returnsSelf() { await null; return self; }
async function main() {
  try { await returnsRejected(); } catch (e) { console.log(e.message); }
  console.log(await returnsThenable());
  console.log(await returnsNested());
  self = returnsSelf();
  try { await self; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  console.log(await (async () => {})());
}
main();
