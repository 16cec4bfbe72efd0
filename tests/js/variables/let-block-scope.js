// let/const are block scoped; shadowing in nested blocks does not affect the outer binding.
let x = "outer";
{
  let x = "inner";
  console.log(x);
  {
    const x = "innermost";
    console.log(x);
  }
  console.log(x);
}
console.log(x);
if (true) { let y = 1; var z = 2; }
console.log(typeof y, z);
for (let i = 0; i < 2; i++) { let i = "shadow"; console.log(i); }
let count = 0;
{ count++; let count2 = count; console.log(count2); }
console.log(count);
