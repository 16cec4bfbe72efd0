// Spreading a non-iterable into an array literal names the spread expression.
const config = { list: {} };
const all = [0, ...config.list];
