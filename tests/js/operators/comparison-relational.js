// < <= > >= between numbers, strings, mixed, null/undefined/NaN and booleans.
console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, -0 < 0, -0 <= 0);
console.log(1 < "2", "1" < 2, "abc" < 1, 1 < "abc");
console.log(null < 1, null >= 0, null <= 0, null > 0, null == 0);
console.log(undefined < 1, undefined >= 0, undefined == 0);
console.log(true > false, true >= 1, false < 1, true < 2);
console.log([2] > 1, [1, 2] > 1, [10] > [9], "[10]" > "[9]");
console.log(NaN < NaN, NaN >= NaN, Infinity > -Infinity, -Infinity < -1e308);
console.log(2 < 3 < 1, 3 > 2 > 1, 1 < 2 < 3);
