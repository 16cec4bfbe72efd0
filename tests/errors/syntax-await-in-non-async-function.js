// await inside a function that is not async: node's words for the misplaced await.
function load() {
  const data = await fetchData();
  return data;
}
