// toLocaleString, toLocaleDateString and toLocaleTimeString for en-US: the 12-hour clock (midnight and noon are 12), and the timeZone option
// tz: America/Chicago
for (const t of [0, Date.UTC(2026, 11, 7, 6), Date.UTC(2026, 11, 7, 18, 5, 9), Date.UTC(2026, 6, 4, 17), Date.UTC(2026, 6, 4, 5, 0, 1)]) {
  const d = new Date(t);
  console.log(d.toLocaleString(), "|", d.toLocaleDateString(), "|", d.toLocaleTimeString());
}
const d = new Date(Date.UTC(2026, 11, 7, 15));
console.log(d.toLocaleString("en-US"), "|", d.toLocaleString("en-US", { timeZone: "UTC" }), "|", d.toLocaleTimeString("en-US", { timeZone: "Asia/Tokyo" }));
console.log(d.toLocaleDateString(undefined, { timeZone: "Pacific/Kiritimati" }), new Date(NaN).toLocaleString());
try {
  d.toLocaleString("en-US", { timeZone: "Nowhere/Special" });
} catch (e) {
  console.log(e.name + ": " + e.message);
}
