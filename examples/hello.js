// The first program: a closure, a loop, a template literal and console.log.
function greeter(greeting) {
  return (name) => `${greeting}, ${name}!`;
}

const hello = greeter("Hello");
for (const name of ["world", "Kindling"]) {
  console.log(hello(name));
}
