// TZ=UTC: local time is UTC, named Coordinated Universal Time
// tz: UTC
const d = new Date(Date.UTC(2026, 11, 7, 15, 4, 5));
console.log(d.toString(), d.getTimezoneOffset(), d.getHours(), d.toLocaleString());
console.log(new Date(2026, 11, 7).getTime() === Date.UTC(2026, 11, 7));
