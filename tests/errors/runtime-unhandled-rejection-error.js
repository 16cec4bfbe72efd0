// An unhandled rejection with an Error prints where the error was made and exits with 1.
function fail() {
  return Promise.reject(new Error('nobody handled me'));
}
console.log('before');
fail();
