// new.target inside arrows inherits from the enclosing function; undefined at top level.
function Outer() {
  const arrow = () => new.target;
  return { t: arrow() === Outer };
}
console.log(new Outer().t, Outer().t);
console.log(new.target);
