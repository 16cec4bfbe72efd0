// toFixed, toString(radix), toPrecision, toExponential.
console.log((3.14159).toFixed(2), (0.5).toFixed(0), (1.005).toFixed(2), (1234.5678).toFixed(1), (-1.5).toFixed(0));
console.log((1e21).toFixed(2), (0).toFixed(3), (123).toFixed(), (0.000001).toFixed(7));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8));
console.log((123.456).toPrecision(4), (0.00012345).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(1));
console.log((12345).toExponential(2), (0.00015).toExponential(), (5).toExponential(3));
try { (1).toFixed(101); } catch (e) { console.log(e.name, e.message); }
try { (1).toString(1); } catch (e) { console.log(e.name, e.message); }
try { (1).toPrecision(0); } catch (e) { console.log(e.name, e.message); }
