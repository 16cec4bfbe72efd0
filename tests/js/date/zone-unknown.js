// a TZ name the time zone database does not know: node (ICU) runs in UTC and names the zone GMT+00:00
// tz: Nowhere/Special
const d = new Date(Date.UTC(2026, 11, 7, 15, 4, 5));
console.log(d.toString(), d.getTimezoneOffset(), d.getHours());
