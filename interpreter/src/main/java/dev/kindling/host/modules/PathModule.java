/*
 * `require('path')`: node's POSIX path functions (lib/path.js, the posix object — on Linux
 * `path` is `path.posix`): join, resolve, normalize, isAbsolute, basename (with a suffix),
 * dirname, extname, sep and delimiter. Each follows node's algorithm step by step
 * (normalizeString's walk over the segments), so edge cases — '' gives '.', a trailing slash
 * is kept by join and normalize, '.hidden' has no extension — come out as node's. Pure string
 * work: no file system access; resolve reads the working directory.
 */
package dev.kindling.host.modules;

import dev.kindling.host.errors.NodeErrors;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class PathModule {
    private PathModule() {
    }

    static JSObject create(Realm realm) {
        JSObject path = realm.newObject();
        realm.defineMethod(path, "join", 0, (r, self, args) -> {
            StringBuilder joined = new StringBuilder();
            for (Object a : args) {
                String s = string(r, "path", a);
                if (!s.isEmpty()) {
                    joined.append(joined.length() == 0 ? "" : "/").append(s);
                }
            }
            return joined.length() == 0 ? "." : normalize(joined.toString());
        });
        realm.defineMethod(path, "resolve", 0, (r, self, args) -> {
            String resolved = "";
            boolean absolute = false;
            for (int i = args.length - 1; i >= -1 && !absolute; i--) {
                String s = i >= 0 ? string(r, "paths[" + i + "]", args[i]) : System.getProperty("user.dir");
                if (s.isEmpty()) {
                    continue;
                }
                resolved = s + "/" + resolved;
                absolute = s.charAt(0) == '/';
            }
            resolved = normalizeString(resolved, !absolute);
            return absolute ? "/" + resolved : resolved.isEmpty() ? "." : resolved;
        });
        realm.defineMethod(path, "normalize", 1, (r, self, args) -> normalize(string(r, "path", arg(args, 0))));
        realm.defineMethod(path, "isAbsolute", 1, (r, self, args) -> {
            String s = string(r, "path", arg(args, 0));
            return !s.isEmpty() && s.charAt(0) == '/';
        });
        realm.defineMethod(path, "basename", 2, (r, self, args) -> {
            String s = string(r, "path", arg(args, 0));
            Object suffix = arg(args, 1);
            return basename(s, suffix == Oddball.UNDEFINED ? null : string(r, "ext", suffix));
        });
        realm.defineMethod(path, "dirname", 1, (r, self, args) -> dirname(string(r, "path", arg(args, 0))));
        realm.defineMethod(path, "extname", 1, (r, self, args) -> extname(string(r, "path", arg(args, 0))));
        path.defineOwnProperty("sep", "/", PropertyAttributes.DEFAULT);
        path.defineOwnProperty("delimiter", ":", PropertyAttributes.DEFAULT);
        path.defineOwnProperty("posix", path, PropertyAttributes.DEFAULT);
        return path;
    }

    private static String string(Realm realm, String name, Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw NodeErrors.invalidArgType(realm, name, "of type string", value);
    }

    /** posix.normalize. */
    static String normalize(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean absolute = path.charAt(0) == '/';
        boolean trailingSeparator = path.charAt(path.length() - 1) == '/';
        String s = normalizeString(path, !absolute);
        if (s.isEmpty()) {
            if (absolute) {
                return "/";
            }
            return trailingSeparator ? "./" : ".";
        }
        if (trailingSeparator) {
            s += "/";
        }
        return absolute ? "/" + s : s;
    }

    /**
     * node's normalizeString: resolves '.' and '..' segments and collapses slashes; a '..'
     * above the start is kept only when the path is relative (`allowAboveRoot`).
     */
    static String normalizeString(String path, boolean allowAboveRoot) {
        StringBuilder res = new StringBuilder();
        int lastSegmentLength = 0;
        int lastSlash = -1;
        int dots = 0;
        char code = 0;
        for (int i = 0; i <= path.length(); ++i) {
            if (i < path.length()) {
                code = path.charAt(i);
            } else if (code == '/') {
                break;
            } else {
                code = '/';
            }
            if (code == '/') {
                if (lastSlash == i - 1 || dots == 1) {
                    // a "" or "." segment: nothing
                } else if (dots == 2) {
                    if (res.length() < 2 || lastSegmentLength != 2 || !res.toString().endsWith("..")) {
                        if (res.length() > 2) {
                            int lastSlashIndex = res.lastIndexOf("/");
                            if (lastSlashIndex == -1) {
                                res.setLength(0);
                                lastSegmentLength = 0;
                            } else {
                                res.setLength(lastSlashIndex);
                                lastSegmentLength = res.length() - 1 - res.lastIndexOf("/");
                            }
                            lastSlash = i;
                            dots = 0;
                            continue;
                        } else if (res.length() != 0) {
                            res.setLength(0);
                            lastSegmentLength = 0;
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                    }
                    if (allowAboveRoot) {
                        res.append(res.length() > 0 ? "/.." : "..");
                        lastSegmentLength = 2;
                    }
                } else {
                    if (res.length() > 0) {
                        res.append('/').append(path, lastSlash + 1, i);
                    } else {
                        res.append(path, lastSlash + 1, i);
                    }
                    lastSegmentLength = i - lastSlash - 1;
                }
                lastSlash = i;
                dots = 0;
            } else if (code == '.' && dots != -1) {
                ++dots;
            } else {
                dots = -1;
            }
        }
        return res.toString();
    }

    /** posix.basename: the last segment, trailing slashes ignored, without `suffix` if it ends so (and is not all of it). */
    static String basename(String path, String suffix) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        int start = path.lastIndexOf('/', end - 1) + 1;
        String base = end <= 0 ? "" : path.substring(start, end);
        if (suffix != null && !suffix.isEmpty() && base.endsWith(suffix) && !base.equals(suffix)) {
            return base.substring(0, base.length() - suffix.length());
        }
        return base;
    }

    /** posix.dirname. */
    static String dirname(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean absolute = path.charAt(0) == '/';
        int end = -1;
        boolean matchedSlash = true;
        for (int i = path.length() - 1; i >= 1; --i) {
            if (path.charAt(i) == '/') {
                if (!matchedSlash) {
                    end = i;
                    break;
                }
            } else {
                matchedSlash = false;
            }
        }
        if (end == -1) {
            return absolute ? "/" : ".";
        }
        if (absolute && end == 1) {
            return "//";
        }
        return path.substring(0, end);
    }

    /** posix.extname: from the last '.' of the last segment, unless the segment starts with it or has none. */
    static String extname(String path) {
        String base = basename(path, null);
        int dot = base.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        return base.substring(dot);
    }
}
