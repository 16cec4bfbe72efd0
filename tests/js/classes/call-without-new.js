// Calling a class without new is a TypeError, also through call and apply.
class Foo {}
try { Foo(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Foo.call({}); } catch (e) { console.log(e.message); }
try { Foo.apply(null, []); } catch (e) { console.log(e.message); }
const Bar = class {};
try { Bar(); } catch (e) { console.log(e.message); }
