// Number-to-string cases: each number's exact bits and node's String(v), as NumberToStringTest rows (regen.sh).
const xs = ['0.1 + 0.2', '1e21', '1e20', '123456789012345680000', '5e-7', '0.000001', '0.0000015', '123e-20', '1 / 3', '-1e-7', '2 ** 53', '2 ** 53 + 2', '1.7976931348623157e308', '5e-324', '-5e-324', '0.1', '100', '1.5', '-0', 'NaN', 'Infinity', '-Infinity', '4.35', '0.5', '1e-6', '1.2345e-7', '9007199254740993', '1e100', '1.23e+25', '2 ** -1074 * 3', '0.1 * 3', '123.456', '-123.456e10', '4294967296.5', '1e15 + 0.3', '2.5e-5', '98765432109876543210'];
const rows = xs.map(x => { const v = eval(x); let lit = Object.is(v, -0) ? '-0.0' : Number.isNaN(v) ? 'Double.NaN' : v === Infinity ? 'Double.POSITIVE_INFINITY' : v === -Infinity ? 'Double.NEGATIVE_INFINITY' : (Number.isInteger(v) && Math.abs(v) < 2**31 ? String(v) + '.0' : v.toExponential(20).replace('e+', 'e')); 
  // exact double literal: use hex via Java Double.longBitsToDouble
  const buf = Buffer.alloc(8); buf.writeDoubleBE(v); const bits = '0x' + buf.toString('hex') + 'L';
  return `                Arguments.of(${JSON.stringify(x)}, Double.longBitsToDouble(${bits}), ${JSON.stringify(String(v))})`; });
console.log(rows.join(',\n'));
