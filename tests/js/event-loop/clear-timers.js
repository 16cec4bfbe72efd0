// clearTimeout, clearInterval and clearImmediate cancel; clearing twice, or clearing nothing, is harmless.
const t = setTimeout(() => console.log('cleared timeout: never'), 1);
clearTimeout(t);
clearTimeout(t);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
const i = setImmediate(() => console.log('cleared immediate: never'));
clearImmediate(i);
const byId = setTimeout(() => console.log('cleared by id: never'), 1);
clearTimeout(+byId);
setImmediate(() => {
  console.log('first immediate clears the second');
  clearImmediate(second);
});
const second = setImmediate(() => console.log('second: never'));
setTimeout(() => {
  console.log('first timer clears the second');
  clearTimeout(other);
}, 5);
const other = setTimeout(() => console.log('other: never'), 5);
