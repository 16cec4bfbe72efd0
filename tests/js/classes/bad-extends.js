// extends with a value that is not a constructor or null is a TypeError.
const values = [42, 'str', undefined, {}, function () {}.bind ? Math.max : null];
for (let i = 0; i < values.length; i++) {
  try {
    class X extends values[i] {}
    console.log('ok', i);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
function BadProto() {}
BadProto.prototype = 5;
try { class Y extends BadProto {} } catch (e) { console.log(e.message); }
