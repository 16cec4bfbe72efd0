// refresh() restarts a timer's countdown, so it fires after timers set later with a shorter delay.
const start = [];
const t = setTimeout(() => console.log('refreshed timer'), 10);
setTimeout(() => {
  console.log('at 5: refresh');
  t.refresh();
  setTimeout(() => console.log('set at 5 with 8'), 8);
}, 5);
console.log(t.refresh() === t, start.length);
