// Inside an async function await is an operator, never a name.
async function f() {
  let await = 1;
  return await;
}
