// local time in a zone with daylight saving time: offsets, names and the two transitions (a gap moves forward, an overlap takes the earlier offset)
// tz: America/New_York
const show = (d) => console.log(d.toString(), d.getTimezoneOffset(), d.toISOString());
show(new Date(Date.UTC(2026, 0, 15, 12)));
show(new Date(Date.UTC(2026, 6, 15, 12)));
// 2026-03-08 02:00 EST jumps to 03:00 EDT; 02:30 does not exist.
show(new Date(2026, 2, 8, 1, 59, 59));
show(new Date(2026, 2, 8, 2, 30));
show(new Date(2026, 2, 8, 3, 0));
show(new Date(Date.UTC(2026, 2, 8, 6, 59, 59)));
show(new Date(Date.UTC(2026, 2, 8, 7, 0, 0)));
// 2026-11-01 02:00 EDT falls back to 01:00 EST; 01:30 happens twice.
show(new Date(2026, 10, 1, 1, 30));
show(new Date(Date.UTC(2026, 10, 1, 5, 30)));
show(new Date(Date.UTC(2026, 10, 1, 6, 30)));
show(new Date(2026, 10, 1, 2, 0));
show(new Date("2026-03-08T02:30"));
show(new Date("Nov 1 2026 01:30"));
// Hours added across a transition: local fields, not elapsed time.
const d = new Date(2026, 2, 7, 12);
d.setDate(8);
show(d);
d.setHours(d.getHours() + 24);
show(d);
// Before standard time (1883): local mean time, -4:56:02, printed in whole minutes.
show(new Date(1800, 0, 1));
show(new Date(Date.UTC(1800, 0, 1)));
// Other years' rules: 2006 (first Sunday of April) and 1970.
show(new Date(2006, 3, 2, 12));
show(new Date(1970, 5, 1));
show(new Date(0));
