// an invalid Date's toISOString throws node's RangeError: Invalid time value
const d = new Date("not a date");
console.log(String(d));
d.toISOString();
