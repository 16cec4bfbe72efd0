// Date.parse: the ISO format (date-only is UTC, date-time local) and the legacy forms node accepts, incl. toString's and toUTCString's output
// tz: America/New_York
const inputs = [
  "2026", "2026-12", "2026-12-07", "2026-12-07T10:00", "2026-12-07T10:00:30", "2026-12-07T10:00:30.5",
  "2026-12-07T10:00:30.123456Z", "2026-12-07T10:00Z", "2026-12-07T10:00+01:00", "2026-12-07T10:00-05:30",
  "2026-12-07t10:00z", "+012026-01-01", "-000001-01-01T00:00:00Z", "2026-12-07T24:00",
  "2026-12-07T24:01", "2026-13-01", "2026-02-30", "2026-12-32",
  "Dec 7 2026", "7 December 2026", "December 7, 2026 12:00 AM", "Dec 7, 2026 10:00 PM", "Dec 7 2026 13:00 PM",
  "2026/12/07 10:00", "2026/12/07", "12/7/2026", "12/7/26", "12/7/70", "12/7", "1/2/3", "12-7-2026", "Dec-7-2026",
  "2026-12-07 10:00", "2026-12-7", "Dec 7", "Dec 7 2026 10:00:05.5", "Dec 7 2026 10:00:05.12345",
  "Dec 7 2026 10:00 GMT+2", "Dec 7 2026 10:00 GMT+0530", "Dec 7 2026 10:00 +05:30", "Dec 7 2026 10:00 -0800",
  "Dec 7 2026 EST", "Dec 7 2026 10:00 PDT", "Dec 7 2026 10:00 UTC", "Dec 7 2026 10:00 Z",
  "Mon, 07 Dec 2026 15:00:00 GMT", "Mon Dec 07 2026 10:00:00 GMT-0500 (Eastern Standard Time)",
  "Thu, 01 Jan 1970 00:00:00 GMT+0100", "  Dec 7 2026  ", "Monday (a comment) Dec 7 2026",
  "garbage", "", "12:00", "T10:00", "Dec 32 2026", "Feb 31 2026", "x Dec 7 2026", "Dec 7 2026 x", "Dec 7 2026 25:00",
];
for (const s of inputs) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s).padEnd(62), t, Number.isNaN(t) ? "" : new Date(t).toISOString());
}
const d = new Date(Date.UTC(2026, 6, 4, 12, 34, 56, 789));
console.log(Date.parse(d.toString()) === Math.floor(d.getTime() / 1000) * 1000);
console.log(Date.parse(d.toUTCString()), Date.parse(d.toISOString()) === d.getTime());
console.log(new Date(d.toString()).toString() === d.toString(), Date.parse(d.toLocaleString()));
console.log(Date.parse({ toString() { return "2026-01-01"; } }), Date.parse(), Date.parse(20261207));
