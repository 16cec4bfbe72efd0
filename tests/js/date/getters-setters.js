// every getter and setter, local and UTC: optional arguments, overflowing fields, NaN arguments, setters on an invalid date (only setFullYear revives it)
// tz: Europe/Berlin
const d = new Date(2026, 0, 31, 12, 30, 45, 678);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getYear());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(d.getTime() === d.valueOf(), d.getTime());
console.log(d.setMonth(1), d.toString());
console.log(d.setDate(0), d.toString());
console.log(d.setHours(25, 61, 61, 1001), d.toString());
console.log(d.setFullYear(2020, 1, 29), d.toString());
console.log(d.setFullYear(2021), d.toString());
console.log(d.setMonth(5, 15), d.toString());
console.log(d.setMinutes(5, 6, 7), d.toString());
console.log(d.setSeconds(-1), d.toString());
console.log(d.setMilliseconds(1500), d.toISOString());
console.log(d.setYear(99), d.toString());
console.log(d.setYear(2030), d.toString());
console.log(d.setUTCHours(0), d.toISOString());
console.log(d.setUTCFullYear(2000, 0, 1), d.toISOString());
console.log(d.setUTCMonth(13), d.toISOString());
console.log(d.setUTCDate(40), d.toISOString());
console.log(d.setUTCMinutes(3, 4, 5), d.toISOString());
console.log(d.setUTCSeconds(1, 2), d.toISOString());
console.log(d.setUTCMilliseconds(-1), d.toISOString());
console.log(d.setTime(86400000), d.toISOString(), d.setTime("1000"), d.setTime());
console.log(d.getTime(), d.getFullYear(), d.getUTCHours(), d.getDay(), d.getYear(), d.getTimezoneOffset());
console.log(d.setHours(1), d.setDate(2), d.setUTCMonth(3), d.getTime());
console.log(d.setFullYear(2026), d.toString());
console.log(d.setMinutes(), d.getTime(), d.setFullYear(2026, 5), d.toString());
console.log(d.setYear(NaN), d.setYear(5), d.toString());
console.log(d.setHours(NaN), new Date(0).setDate(Infinity), new Date(0).setUTCFullYear(300000), new Date(0).setUTCFullYear(275760, 8, 13));
// Arguments are converted in order even when the date is invalid.
const seen = [];
const arg = (name, v) => ({ valueOf() { seen.push(name); return v; } });
console.log(new Date(NaN).setHours(arg("h", 1), arg("m", 2), arg("s", 3)), seen.join(","));
console.log(Date.prototype.setHours.length, Date.prototype.setUTCFullYear.length, Date.prototype.setMonth.length, Date.prototype.getDay.length);
