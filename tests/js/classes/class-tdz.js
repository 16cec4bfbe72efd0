// A class declaration is in its temporal dead zone before its definition.
try {
  new Later();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Later {}
console.log(typeof Later);
function useEarly() { return new Early(); }
try { useEarly(); } catch (e) { console.log(e.message); }
class Early {}
console.log(useEarly() instanceof Early);
