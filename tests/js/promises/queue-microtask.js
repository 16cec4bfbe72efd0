// queueMicrotask callbacks are jobs of the same queue as promise reactions, in FIFO order.
queueMicrotask(() => console.log('micro 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('micro 2');
  queueMicrotask(() => console.log('micro nested'));
  Promise.resolve().then(() => console.log('promise nested'));
});
console.log('sync');
try { queueMicrotask(); } catch (e) { console.log(e.name, e.code, e.message); }
try { queueMicrotask('x'); } catch (e) { console.log(e.message); }
try { queueMicrotask({}); } catch (e) { console.log(e.message); }
