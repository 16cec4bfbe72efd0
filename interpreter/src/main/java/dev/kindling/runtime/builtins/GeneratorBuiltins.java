/*
 * The generator intrinsics (ECMA-262 §27.3, §27.5): %GeneratorPrototype% with next, return and
 * throw (each one resumption of a JSGeneratorObject, see its resume()) and toStringTag
 * "Generator", which inherits %IteratorPrototype%'s [Symbol.iterator] returning `this`; and
 * %GeneratorFunction.prototype%, the [[Prototype]] of every generator function (toStringTag
 * "GeneratorFunction"), with %GeneratorFunction% as its constructor — not a global, reachable
 * as Object.getPrototypeOf(function*(){}).constructor, which makes a generator from strings
 * as Function makes a function (CodeFromStrings). The links between them are the spec's figure 6 (§27.3): each property
 * read-only and configurable.
 */
package dev.kindling.runtime.builtins;

import static dev.kindling.runtime.BuiltinFunction.arg;

import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.JSGeneratorObject;
import dev.kindling.runtime.JSGeneratorObject.ResumeMode;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.generatorPrototype();
        linkFamily(realm, realm.generatorFunctionPrototype(), proto, "GeneratorFunction", "function*", "Generator");
        defineResume(realm, proto, "next", ResumeMode.NEXT);
        defineResume(realm, proto, "return", ResumeMode.RETURN);
        defineResume(realm, proto, "throw", ResumeMode.THROW);
    }

    /**
     * The links of a generator kind's three objects (§27.3.3, §27.4.3): the functions' prototype
     * `functionProto` and the instances' prototype `proto` name each other ("prototype",
     * "constructor"), the constructor from strings is linked (linkConstructor), and both carry
     * their @@toStringTag (`name` and `instanceTag`). The symbol keys list after the string
     * keys whatever their order of definition, so the methods may be added after this.
     */
    static void linkFamily(Realm realm, JSObject functionProto, JSObject proto, String name, String keyword,
                           String instanceTag) {
        functionProto.defineOwnProperty("prototype", proto, PropertyAttributes.CONFIGURABLE);
        linkConstructor(realm, functionProto, name, keyword);
        functionProto.defineOwnProperty(JSSymbol.TO_STRING_TAG, name, PropertyAttributes.CONFIGURABLE);
        proto.defineOwnProperty("constructor", functionProto, PropertyAttributes.CONFIGURABLE);
        proto.defineOwnProperty(JSSymbol.TO_STRING_TAG, instanceTag, PropertyAttributes.CONFIGURABLE);
    }

    /**
     * A constructor of functions from strings (%GeneratorFunction%, and AsyncBuiltins'
     * %AsyncFunction% and %AsyncGeneratorFunction%) and its links with the functions' prototype
     * (§27.3.2-3): `keyword` starts the source text it makes, as Function's "function".
     */
    static void linkConstructor(Realm realm, JSObject functionProto, String name, String keyword) {
        BuiltinFunction constructor = new BuiltinFunction(realm, name, 1,
                (r, thisArg, args) -> FunctionBuiltins.createDynamicFunction(r, args, keyword),
                (r, args, newTarget) -> FunctionBuiltins.createDynamicFunction(r, args, keyword));
        constructor.defineOwnProperty("prototype", functionProto, Builtins.FROZEN);
        functionProto.defineOwnProperty("constructor", constructor, PropertyAttributes.CONFIGURABLE);
    }

    /** Generator.prototype.next / return / throw (§27.5.1.2-4): one resumption in `mode`. */
    private static void defineResume(Realm realm, JSObject proto, String name, ResumeMode mode) {
        realm.defineMethod(proto, name, 1, (r, self, args) -> {
            if (!(self instanceof JSGeneratorObject generator)) {
                throw Builtins.incompatibleReceiver("[Generator].prototype." + name, self);
            }
            return generator.resume(r, mode, arg(args, 0));
        });
    }
}
