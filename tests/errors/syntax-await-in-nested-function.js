// A plain function nested in an async function is not async: await is misplaced there.
async function outer(items) {
  items.forEach(function (item) {
    await item;
  });
}
