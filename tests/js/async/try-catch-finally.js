// Rejections become exceptions at the await: try/catch/finally around awaits, a rethrow, a
// finally that awaits, and return from inside try with a finally.
const fail = (msg) => Promise.reject(new Error(msg));
async function caught() {
  try {
    await fail('one');
    console.log('not reached');
  } catch (e) {
    console.log('caught', e.message);
  }
  return 'after catch';
}
async function rethrows() {
  try {
    await fail('two');
  } catch (e) {
    throw new Error('re: ' + e.message);
  } finally {
    console.log('finally of rethrows');
  }
}
async function finallyAwaits() {
  try {
    return 'from try';
  } finally {
    await null;
    console.log('finally awaited');
  }
}
async function finallyOverrides() {
  try {
    return await fail('three');
  } finally {
    return 'finally wins';
  }
}
caught().then(console.log);
rethrows().catch((e) => console.log(e.message));
finallyAwaits().then(console.log);
finallyOverrides().then(console.log);
