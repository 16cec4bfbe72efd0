// Requests queue up: several next() calls made at once are answered in order, each after the
// generator gets to it; a return() queued behind them waits its turn.
async function* slow() {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 5));
    console.log('producing', i);
    yield i;
  }
}
const g = slow();
const requests = [g.next(), g.next(), g.return('early'), g.next()];
requests.forEach((p, i) => p.then((r) => console.log('request', i, JSON.stringify(r))));
Promise.all(requests).then(() => console.log('all answered'));
