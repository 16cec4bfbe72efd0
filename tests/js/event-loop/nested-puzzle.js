// A nested puzzle: each kind of callback schedules an immediate, a nextTick and a promise job.
function all(tag) {
  setImmediate(() => console.log(tag + ': immediate'));
  process.nextTick(() => console.log(tag + ': nextTick'));
  Promise.resolve().then(() => console.log(tag + ': promise'));
}
setImmediate(() => {
  console.log('immediate');
  all('from immediate');
});
setImmediate(() => {
  process.nextTick(() => {
    console.log('tick in second immediate');
    Promise.resolve().then(() => all('from promise in tick'));
  });
});
