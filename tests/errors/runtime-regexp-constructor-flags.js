try {
  new RegExp("+");
} catch (e) {
  console.log(e.name, e.message);
}
new RegExp("a", "z");
