// a zone with a half-hour offset and no DST: local and UTC fields differ by 5:30
// tz: Asia/Kolkata
const d = new Date(Date.UTC(2026, 11, 31, 20, 0));
console.log(d.toString(), d.getTimezoneOffset());
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes());
console.log(d.toDateString(), "|", d.toLocaleString(), "|", d.toUTCString());
console.log(new Date(2027, 0, 1).toISOString(), new Date("2027-01-01T00:00").toISOString(), new Date("2027-01-01").toISOString());
