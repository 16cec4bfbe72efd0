/*
 * `require('os')`: the basics file programs use — EOL ('\n' on Linux), tmpdir() (node's:
 * $TMPDIR, $TMP or $TEMP without a trailing slash, else /tmp), homedir(), platform().
 */
package dev.kindling.host.modules;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

final class OsModule {
    private OsModule() {
    }

    static JSObject create(Realm realm) {
        JSObject os = realm.newObject();
        os.defineOwnProperty("EOL", "\n", PropertyAttributes.DEFAULT);
        realm.defineMethod(os, "tmpdir", 0, (r, self, args) -> tmpdir());
        realm.defineMethod(os, "homedir", 0, (r, self, args) -> System.getProperty("user.home"));
        realm.defineMethod(os, "platform", 0, (r, self, args) -> "linux");
        return os;
    }

    private static String tmpdir() {
        for (String name : new String[] {"TMPDIR", "TMP", "TEMP"}) {
            String value = System.getenv(name);
            if (value != null && !value.isEmpty()) {
                return value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            }
        }
        return "/tmp";
    }
}
