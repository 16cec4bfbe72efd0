/*
 * node's built-in modules that Kindling has, by the name `require` takes (with or without the
 * `node:` prefix): 'events', 'path', 'os', 'fs' (with fs.promises, also as 'fs/promises').
 * Each is made on its first require and cached, as node's are.
 */
package dev.kindling.host.modules;

import dev.kindling.host.loop.EventLoop;
import dev.kindling.runtime.Realm;

import java.util.HashMap;
import java.util.Map;

public final class BuiltinModules {
    private final Realm realm;
    private final EventLoop loop;
    private final Events events;
    private final Map<String, Object> cache = new HashMap<>();
    private Fs fs;

    public BuiltinModules(Realm realm, EventLoop loop, Events events) {
        this.realm = realm;
        this.loop = loop;
        this.events = events;
    }

    private Fs fs() {
        if (fs == null) {
            fs = new Fs(realm, loop);
        }
        return fs;
    }

    /** The exports of built-in module `specifier`, or null if there is no such module. */
    public Object require(String specifier) {
        String name = specifier.startsWith("node:") ? specifier.substring("node:".length()) : specifier;
        Object cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        Object exports = switch (name) {
            case "events" -> events.exports();
            case "path" -> PathModule.create(realm);
            case "os" -> OsModule.create(realm);
            case "fs" -> fs().exports();
            case "fs/promises" -> fs().promises();
            default -> null;
        };
        if (exports != null) {
            cache.put(name, exports);
        }
        return exports;
    }
}
