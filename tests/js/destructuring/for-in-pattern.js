// for-in heads can be patterns too: each key (a string) is destructured.
for (const [first, ...rest] in {abc: 1, de: 2}) {
  console.log(first, rest);
}
for (const {length} in {one: 1, three: 3}) {
  console.log(length);
}
