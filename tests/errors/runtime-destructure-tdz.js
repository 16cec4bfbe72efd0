// A default can read its own binding only after it is initialized (TDZ).
let [a = a] = [];
