// a European zone: British Summer Time, and 1970, when Britain kept GMT+1 all year under the name Greenwich Mean Time
// tz: Europe/London
for (const t of [Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1), Date.UTC(2026, 2, 29, 0, 59), Date.UTC(2026, 2, 29, 1), 0, Date.UTC(1950, 6, 1)]) {
  const d = new Date(t);
  console.log(d.toString(), "|", d.toTimeString(), "|", d.getTimezoneOffset(), d.getHours());
}
console.log(new Date(2026, 2, 29, 1, 30).toISOString(), new Date(2026, 9, 25, 1, 30).toISOString());
