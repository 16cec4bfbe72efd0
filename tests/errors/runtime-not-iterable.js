// An array pattern needs an iterable: node names the value by its source.
const point = {x: 1, y: 2};
const [x, y] = point;
