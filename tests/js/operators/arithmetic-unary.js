// Unary + and - coerce to number; unary on strings, booleans, null, undefined, arrays and objects.
console.log(+"42", +"", +" ", +"3.5e2", +"0x1f", +"0b11", +"0o17", +"1e", +"abc");
console.log(+true, +false, +null, +undefined, +[], +[5], +[1, 2], +{});
console.log(-"5", -"", -null, -undefined, -[], -true);
console.log(+"  12  ", +"\n\t7\n", +"-0", 1 / +"-0", +"Infinity", +"-Infinity", +"infinity");
console.log(+"1_000", +"12px", +".5", +"5.", +"+5", +"--5");
