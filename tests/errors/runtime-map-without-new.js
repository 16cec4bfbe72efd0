// Map called without new.
const m = Map([[1, 2]]);
