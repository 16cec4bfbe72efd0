/*
 * CommonJS modules as node runs them (node's lib/internal/modules/cjs/loader.js, the parts a
 * program sees): `require(specifier)` resolves a relative or absolute path — the file itself,
 * then with `.js`, `.json` appended, then as a directory's `index.js` — loads it once (the
 * module cache; a cycle gets the partly filled exports, as in node) and returns
 * `module.exports`. Each file runs inside the module wrapper
 * function (exports, require, module, __filename, __dirname) with `this` = exports.
 * A program read from stdin runs as node runs one (lib/internal/main/eval_stdin.js): named
 * [stdin], __filename "[stdin]", __dirname ".", `this` the global object, require resolving
 * from the working directory. Unlike node, its top-level `var`s stay local (node evaluates it
 * as a script in the global scope; Kindling compiles every top level as a module wrapper).
 *
 * A specifier naming one of node's built-in modules Kindling has ('events', 'fs', 'path', 'os',
 * with or without `node:`; see host.modules.BuiltinModules) gives that module.
 * Assumes: other specifiers name files; node_modules lookup is not provided (such a require
 * fails with node's "Cannot find module" error).
 * Guarantees: a script reaches the file system only through these reads of the files it
 * requires.
 */
package dev.kindling.host;

import dev.kindling.bytecode.Script;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.interpreter.Context;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class ModuleLoader {
    private final Engine engine;
    private final Realm realm;
    private final Map<Path, JSObject> cache = new HashMap<>();
    private JSObject mainModule;

    ModuleLoader(Engine engine) {
        this.engine = engine;
        this.realm = engine.realm();
    }

    /** Runs `file` (already compiled as `script`) as the main module; returns its module object. */
    JSObject runMain(Script script, Path file) {
        JSObject module = newModule(file, List.of());
        mainModule = module;
        run(script, file, module);
        return module;
    }

    /** Runs `script`, the program read from stdin, as node's [stdin] (see the header). */
    void runStdin(Script script) {
        Path file = Path.of("").toAbsolutePath().resolve(Engine.STDIN_FILE_NAME);
        JSObject module = newModule(file, List.of());
        module.set("id", Engine.STDIN_FILE_NAME);
        module.set("path", ".");
        cache.remove(file);
        run(script, file, module, realm.global(), Engine.STDIN_FILE_NAME, ".");
    }

    /**
     * Runs `script` as a module of its own (named `file`, not cached, so a later require of
     * that path reads the file); returns what its top level returned (node ignores a
     * top-level `return`; the embedding API hands it back).
     */
    Object evaluate(Script script, Path file) {
        JSObject module = newModule(file, List.of());
        cache.remove(file);
        return run(script, file, module);
    }

    /**
     * Runs one REPL input, `script` (analyzed by ScopeAnalyzer.analyzeReplInput), as node's
     * REPL runs one: `this` the global object, `require` resolving from the working
     * directory; its closure's context is `context`, the REPL scope's. Returns its value.
     */
    Object runReplInput(Script script, Context context) {
        Path file = Path.of("").toAbsolutePath().resolve(script.source().fileName());
        JSObject module = newModule(file, List.of());
        cache.remove(file);
        SharedFunctionInfo top = new SharedFunctionInfo(script, null);
        JSClosure wrapper = engine.interpreter().newClosure(top, context);
        return engine.interpreter().call(wrapper, realm.global(),
                new Object[] {module.get("exports"), makeRequire(file, module), module, Oddball.UNDEFINED, "."}, null);
    }

    /** `require` of an absolute file path from the embedder: the module cache, then the file. */
    Object requireFile(Path file) {
        return require(file.toString(), file);
    }

    private JSObject newModule(Path file, List<Path> requireStack) {
        JSObject module = realm.newObject();
        module.defineOwnProperty("id", mainModule == null ? "." : file.toString(), PropertyAttributes.DEFAULT);
        module.defineOwnProperty("path", parentOf(file), PropertyAttributes.DEFAULT);
        module.defineOwnProperty("exports", realm.newObject(), PropertyAttributes.DEFAULT);
        module.defineOwnProperty("filename", file.toString(), PropertyAttributes.DEFAULT);
        module.defineOwnProperty("loaded", Boolean.FALSE, PropertyAttributes.DEFAULT);
        cache.put(file, module);
        return module;
    }

    private static String parentOf(Path file) {
        return file.getParent() == null ? "/" : file.getParent().toString();
    }

    /** Runs the module wrapper of `script`; returns the top level's return value. */
    private Object run(Script script, Path file, JSObject module) {
        return run(script, file, module, module.get("exports"), file.toString(), parentOf(file));
    }

    /** Runs the module wrapper with this receiver, __filename and __dirname; require resolves from `file`. */
    private Object run(Script script, Path file, JSObject module, Object receiver, String filename, String dirname) {
        Object exports = module.get("exports");
        SharedFunctionInfo top = new SharedFunctionInfo(script, null);
        JSClosure wrapper = engine.interpreter().newClosure(top, null);
        JSFunction require = makeRequire(file, module);
        Object result = engine.interpreter().call(wrapper, receiver,
                new Object[] {exports, require, module, filename, dirname}, null);
        module.set("loaded", Boolean.TRUE);
        return result;
    }

    private JSFunction makeRequire(Path from, JSObject parent) {
        JSFunction require = realm.newBuiltin("require", 1, (r, self, args) -> {
            Object spec = args.length > 0 ? args[0] : Oddball.UNDEFINED;
            if (!(spec instanceof String specifier)) {
                throw JSException.typeError("The \"id\" argument must be of type string. Received "
                        + Conversions.toString(spec));
            }
            if (specifier.isEmpty()) {
                throw JSException.typeError("The argument 'id' must be a non-empty string. Received ''");
            }
            return require(specifier, from);
        });
        require.defineOwnProperty("main", mainModule == null ? parent : mainModule, PropertyAttributes.DEFAULT);
        return require;
    }

    private Object require(String specifier, Path from) {
        Object builtin = engine.builtinModules().require(specifier);
        if (builtin != null) {
            return builtin;
        }
        Path file = resolve(specifier, from);
        if (file == null) {
            throw notFound(specifier, from);
        }
        JSObject cached = cache.get(file);
        if (cached != null) {
            return cached.get("exports");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw notFound(specifier, from);
        }
        JSObject module = newModule(file, List.of(from));
        if (file.toString().endsWith(".json")) {
            JSObject json = (JSObject) realm.global().get("JSON");
            Object value = ((JSFunction) json.get("parse")).call(json, new Object[] {text});
            module.set("exports", value);
            module.set("loaded", Boolean.TRUE);
            return value;
        }
        run(engine.compile(text, file.toString()), file, module);
        return module.get("exports");
    }

    /** node's LOAD_AS_FILE then LOAD_AS_DIRECTORY for a relative or absolute specifier. */
    private static Path resolve(String specifier, Path from) {
        if (!(specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")
                || specifier.equals(".") || specifier.equals(".."))) {
            return null;
        }
        Path base = Path.of(parentOf(from)).resolve(specifier).normalize();
        for (String suffix : new String[] {"", ".js", ".json"}) {
            Path candidate = Path.of(base + suffix);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path index = base.resolve("index.js");
        return Files.isRegularFile(index) ? index : null;
    }

    /** node's MODULE_NOT_FOUND error: message with the require stack, `code` and `requireStack`. */
    private JSException notFound(String specifier, Path from) {
        List<Object> stack = new ArrayList<>();
        stack.add(from.toString());
        JSError error = realm.newError(dev.kindling.runtime.ErrorType.Error,
                "Cannot find module '" + specifier + "'\nRequire stack:\n- " + from);
        error.defineOwnProperty("code", "MODULE_NOT_FOUND", PropertyAttributes.DEFAULT);
        error.defineOwnProperty("requireStack", realm.newArray(stack.toArray()), PropertyAttributes.DEFAULT);
        return new JSException(error);
    }
}
