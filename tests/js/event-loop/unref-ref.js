// An unref'd timer does not keep the process alive; ref() makes it keep it alive again.
const never = setTimeout(() => console.log('unref: never printed'), 50);
never.unref();
console.log(never.hasRef());
const again = setTimeout(() => console.log('ref again: printed'), 5);
again.unref();
again.ref();
console.log(again.hasRef());
const imm = setImmediate(() => console.log('unref immediate: never printed'));
imm.unref();
console.log(imm.hasRef(), never.unref() === never, never.ref().unref() === never);
process.on('exit', () => console.log('exit'));
