// An Error thrown by an async function before its first await, nobody handling the promise:
// reported as an unhandled rejection where the Error was made, exit code 1.
async function load(name) {
  throw new Error('cannot load ' + name);
}
console.log('before');
load('config');
console.log('after');
