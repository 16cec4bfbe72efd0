try {
  throw 1;
} catch (e) {
  let e = 2;
}
