/*
 * `require('fs')`: readFile, writeFile, appendFile, readdir, stat, mkdir, unlink and rm, each
 * three ways — with a callback, as a promise (fs.promises, also 'fs/promises') and as its
 * *Sync twin — plus existsSync. The operations are one table (Op); each runs in three steps:
 *
 *   parse    on the JS thread: the arguments, checked as node checks them, into a Request
 *            of plain Java values;
 *   perform  the blocking system call — on a thread-pool worker for the callback and promise
 *            forms (libuv's uv_fs_* requests), inline for the Sync form — giving a Java result
 *            or a Failure (an errno, the syscall, the path), never a JS value;
 *   finish   on the JS thread: the result as JS (a string, a Buffer, a Stats, an array) or
 *            node's error (`ENOENT: no such file or directory, open 'x'`, with errno, code,
 *            syscall, path), handed to the callback, the promise, or returned / thrown.
 *
 * An error from the callback or promise form is made in the poll phase, where no JS frame
 * runs, so it has no stack frames (node's async fs errors show none either).
 * Relative paths resolve against the process's working directory, as node's do.
 */
package dev.kindling.host.modules;

import dev.kindling.host.errors.NodeErrors;
import dev.kindling.host.errors.NodeErrors.SystemError;
import dev.kindling.host.loop.EventLoop;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.kindling.runtime.BuiltinFunction.arg;

public final class Fs {
    /** The operations: their name and the syscall node names in their errors. */
    enum Op {
        READ_FILE("readFile", "open"), WRITE_FILE("writeFile", "open"), APPEND_FILE("appendFile", "open"),
        READDIR("readdir", "scandir"), STAT("stat", "stat"), MKDIR("mkdir", "mkdir"), UNLINK("unlink", "unlink"),
        RM("rm", "lstat");

        final String jsName;
        final String syscall;

        Op(String jsName, String syscall) {
            this.jsName = jsName;
            this.syscall = syscall;
        }

        /** Whether the operation writes data (its second argument). */
        boolean takesData() {
            return this == WRITE_FILE || this == APPEND_FILE;
        }
    }

    /** One call's arguments as Java values. */
    private record Request(Op op, String path, byte[] data, Encodings encoding, boolean recursive, boolean force) {
    }

    /** A failed system call: libuv's errno, the syscall, the path (null when node names none). */
    private record Failure(SystemError error, String syscall, String path, boolean rmDirectory) {
    }

    /** A file's status, read on a worker (fs.Stats's fields). */
    private record Status(Map<String, Object> unix, boolean isFile, boolean isDirectory, boolean isSymbolicLink) {
    }

    private final Realm realm;
    private final EventLoop loop;
    private final JSObject exports;
    private final JSObject promises;
    private final JSObject statsPrototype;
    private final JSObject bufferPrototype;

    public Fs(Realm realm, EventLoop loop) {
        this.realm = realm;
        this.loop = loop;
        this.exports = realm.newObject();
        this.promises = realm.newObject();
        this.statsPrototype = realm.newNamedPrototype("Stats");
        this.bufferPrototype = realm.newNamedPrototype("Buffer");
        install();
    }

    public JSObject exports() {
        return exports;
    }

    public JSObject promises() {
        return promises;
    }

    private void install() {
        for (Op op : Op.values()) {
            realm.defineMethod(exports, op.jsName, op.takesData() ? 4 : 3, (r, self, args) -> {
                int last = callbackIndex(op, args);
                Object cb = last < 0 ? Oddball.UNDEFINED : args[last];
                JSFunction callback = NodeErrors.requireFunction(r, "cb", cb);
                Request request = parse(op, Arrays.copyOf(args, Math.max(0, last)));
                loop.submitWork("fs." + op.jsName, () -> {
                    Object result = performCatching(request);
                    return () -> {
                        Object[] callArgs = result instanceof Failure f ? new Object[] {error(f)}
                                : hasValue(op, request) ? new Object[] {Oddball.NULL, toJs(request, result)}
                                : new Object[] {Oddball.NULL};
                        callback.call(Oddball.UNDEFINED, callArgs);
                    };
                });
                return Oddball.UNDEFINED;
            });
            realm.defineMethod(exports, op.jsName + "Sync", op.takesData() ? 3 : 2, (r, self, args) -> {
                Request request = parse(op, args);
                Object result = performCatching(request);
                if (result instanceof Failure f) {
                    throw new JSException(error(f));
                }
                return hasValue(op, request) ? toJs(request, result) : Oddball.UNDEFINED;
            });
            realm.defineMethod(promises, op.jsName, op.takesData() ? 3 : 2, (r, self, args) -> {
                JSPromise promise = JSPromise.create(r);
                Request request;
                try {
                    request = parse(op, args);
                } catch (JSException e) {
                    promise.reject(e.value(r));
                    return promise;
                }
                loop.submitWork("fs.promises." + op.jsName, () -> {
                    Object result = performCatching(request);
                    return () -> {
                        if (result instanceof Failure f) {
                            promise.reject(error(f));
                        } else {
                            promise.resolve(hasValue(op, request) ? toJs(request, result) : Oddball.UNDEFINED);
                        }
                    };
                });
                return promise;
            });
        }
        realm.defineMethod(exports, "existsSync", 1, (r, self, args) ->
                arg(args, 0) instanceof String s && Files.exists(Path.of(s)));
        exports.defineOwnProperty("promises", promises, PropertyAttributes.DEFAULT);
        realm.defineMethod(statsPrototype, "isFile", 0, (r, self, args) -> statusOf(self).isFile);
        realm.defineMethod(statsPrototype, "isDirectory", 0, (r, self, args) -> statusOf(self).isDirectory);
        realm.defineMethod(statsPrototype, "isSymbolicLink", 0, (r, self, args) -> statusOf(self).isSymbolicLink);
        realm.defineMethod(bufferPrototype, "toString", 1, (r, self, args) -> {
            if (!(self instanceof JSBuffer buffer)) {
                throw JSException.typeError("argument must be a buffer");
            }
            Object enc = arg(args, 0);
            return (enc == Oddball.UNDEFINED ? Encodings.UTF8 : Encodings.of(r, Conversions.toString(enc)))
                    .decode(buffer.bytes());
        });
    }

    /**
     * Where the callback is (node's `maybeCallback(callback || options)`): the last argument
     * given after the path (and data), up to the one after the options; -1 with none.
     */
    private static int callbackIndex(Op op, Object[] args) {
        int required = op.takesData() ? 2 : 1;
        int last = Math.min(args.length - 1, required + 1);
        if (last == required + 1 && args[last] == Oddball.UNDEFINED) {
            last--;
        }
        return last >= required ? last : -1;
    }

    /** Whether the call hands back a value (readFile's data, mkdir -p's first directory...). */
    private static boolean hasValue(Op op, Request request) {
        return op == Op.READ_FILE || op == Op.READDIR || op == Op.STAT || (op == Op.MKDIR && request.recursive);
    }

    // ---- parse (JS thread) ----------------------------------------------------------------------

    private Request parse(Op op, Object[] args) {
        Object pathArg = arg(args, 0);
        if (!(pathArg instanceof String path)) {
            throw NodeErrors.invalidArgType(realm, "path", "of type string or an instance of Buffer or URL", pathArg);
        }
        byte[] data = null;
        int optionsIndex = 1;
        Encodings encoding = null;
        if (op.takesData()) {
            Object dataArg = arg(args, 1);
            optionsIndex = 2;
            Object options = arg(args, 2);
            Encodings dataEncoding = encodingOption(options);
            if (dataArg instanceof String s) {
                data = (dataEncoding == null ? Encodings.UTF8 : dataEncoding).encode(s);
            } else if (dataArg instanceof JSBuffer b) {
                data = b.bytes();
            } else {
                throw NodeErrors.invalidArgType(realm, "data",
                        "of type string or an instance of Buffer, TypedArray, or DataView", dataArg);
            }
        }
        Object options = arg(args, optionsIndex);
        if (op == Op.READ_FILE) {
            encoding = encodingOption(options);
        }
        boolean recursive = options instanceof JSObject o && Conversions.toBoolean(o.get("recursive"));
        boolean force = options instanceof JSObject o && Conversions.toBoolean(o.get("force"));
        return new Request(op, path, data, encoding, recursive, force);
    }

    /** An options argument's encoding: the string itself, or its `encoding` property; null for none. */
    private Encodings encodingOption(Object options) {
        Object enc = options instanceof JSObject o ? o.get("encoding") : options;
        if (enc instanceof String s) {
            return Encodings.of(realm, s);
        }
        return null;
    }

    // ---- perform (any thread) ---------------------------------------------------------------------

    private static Object performCatching(Request request) {
        try {
            return perform(request);
        } catch (FailureException e) {
            return e.failure;
        } catch (IOException e) {
            return new Failure(errno(e), request.op.syscall, request.path, false);
        }
    }

    /** A Failure in flight through perform. */
    private static final class FailureException extends Exception {
        final Failure failure;

        FailureException(Failure failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    private static Object perform(Request request) throws IOException, FailureException {
        Path p = Path.of(request.path);
        Op op = request.op;
        switch (op) {
            case READ_FILE -> {
                if (Files.isDirectory(p)) {
                    throw new FailureException(new Failure(SystemError.EISDIR, "read", null, false));
                }
                return Files.readAllBytes(p);
            }
            case WRITE_FILE, APPEND_FILE -> {
                if (Files.isDirectory(p)) {
                    throw new FailureException(new Failure(SystemError.EISDIR, op.syscall, request.path, false));
                }
                Files.write(p, request.data, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        op == Op.APPEND_FILE ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
                return null;
            }
            case READDIR -> {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    throw new FailureException(new Failure(SystemError.ENOTDIR, op.syscall, request.path, false));
                }
                List<String> names = new ArrayList<>();
                try (Stream<Path> entries = Files.list(p)) {
                    entries.forEach(e -> names.add(e.getFileName().toString()));
                }
                names.sort(Comparator.naturalOrder()); // libuv's scandir sorts with strcmp
                return names;
            }
            case STAT -> {
                Map<String, Object> unix = Files.readAttributes(p, "unix:*");
                return new Status(unix, Files.isRegularFile(p), Files.isDirectory(p), Files.isSymbolicLink(p));
            }
            case MKDIR -> {
                if (!request.recursive) {
                    Files.createDirectory(p);
                    return null;
                }
                Path absolute = p.toAbsolutePath().normalize();
                if (Files.isDirectory(absolute)) {
                    return null;
                }
                Path first = absolute;
                while (first.getParent() != null && !Files.exists(first.getParent())) {
                    first = first.getParent();
                }
                if (Files.exists(absolute) || (first.getParent() != null && !Files.isDirectory(first.getParent()))) {
                    throw new FailureException(new Failure(Files.exists(absolute) ? SystemError.EEXIST : SystemError.ENOTDIR,
                            op.syscall, request.path, false));
                }
                Files.createDirectories(absolute);
                return first.toString();
            }
            case UNLINK -> {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FailureException(new Failure(SystemError.EISDIR, op.syscall, request.path, false));
                }
                Files.delete(p);
                return null;
            }
            case RM -> {
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (request.force) {
                        return null;
                    }
                    throw new FailureException(new Failure(SystemError.ENOENT, "lstat", request.path, false));
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (!request.recursive) {
                        throw new FailureException(new Failure(SystemError.EISDIR, "rm", request.path, true));
                    }
                    try (Stream<Path> walk = Files.walk(p)) {
                        for (Path entry : walk.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(entry);
                        }
                    }
                    return null;
                }
                Files.delete(p);
                return null;
            }
            default -> throw new IllegalStateException("no such fs operation: " + op);
        }
    }

    /** The errno a Java file-system exception stands for. */
    private static SystemError errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return SystemError.ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return SystemError.EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return SystemError.ENOTEMPTY;
        }
        if (e instanceof AccessDeniedException) {
            return SystemError.EACCES;
        }
        if (e instanceof NotDirectoryException) {
            return SystemError.ENOTDIR;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null && reason.contains("Is a directory")) {
            return SystemError.EISDIR;
        }
        if (reason != null && reason.contains("Not a directory")) {
            return SystemError.ENOTDIR;
        }
        return SystemError.EIO;
    }

    // ---- finish (JS thread) -------------------------------------------------------------------------

    private JSError error(Failure f) {
        if (f.rmDirectory) {
            // node's ERR_FS_EISDIR, a SystemError: its own message layout, errno positive.
            JSError e = NodeErrors.withCode(realm, ErrorType.Error, "ERR_FS_EISDIR",
                    "Path is a directory: rm returned EISDIR (is a directory) " + f.path);
            e.defineOwnProperty("errno", SystemError.EISDIR.errno(), PropertyAttributes.DEFAULT);
            e.defineOwnProperty("syscall", "rm", PropertyAttributes.DEFAULT);
            e.defineOwnProperty("path", f.path, PropertyAttributes.DEFAULT);
            return e;
        }
        return NodeErrors.uvException(realm, f.error, f.syscall, f.path, null);
    }

    @SuppressWarnings("unchecked")
    private Object toJs(Request request, Object result) {
        return switch (request.op) {
            case READ_FILE -> request.encoding != null ? request.encoding.decode((byte[]) result)
                    : new JSBuffer(bufferPrototype.childRootShape(), (byte[]) result);
            case READDIR -> realm.newArray(((List<String>) result).toArray());
            case STAT -> stats((Status) result);
            case MKDIR -> result == null ? Oddball.UNDEFINED : result;
            default -> Oddball.UNDEFINED;
        };
    }

    /** An fs.Stats: node's numeric fields (times in ms), and isFile/isDirectory/isSymbolicLink on its prototype. */
    private JSObject stats(Status status) {
        StatsObject stats = new StatsObject(statsPrototype, status);
        Map<String, Object> u = status.unix;
        for (String field : new String[] {"dev", "mode", "nlink", "uid", "gid", "rdev"}) {
            stats.set(field, number(u.get(field)));
        }
        stats.set("blksize", 4096);
        stats.set("ino", number(u.get("ino")));
        stats.set("size", number(u.get("size")));
        stats.set("blocks", Numbers.normalize(Math.ceil(((Number) u.get("size")).doubleValue() / 512)));
        stats.set("atimeMs", millis(u.get("lastAccessTime")));
        stats.set("mtimeMs", millis(u.get("lastModifiedTime")));
        stats.set("ctimeMs", millis(u.get("ctime")));
        stats.set("birthtimeMs", millis(u.get("creationTime")));
        return stats;
    }

    private static Object number(Object javaNumber) {
        return javaNumber instanceof Number n ? Numbers.normalize(n.doubleValue()) : Oddball.UNDEFINED;
    }

    private static Object millis(Object time) {
        return time instanceof FileTime t ? Numbers.normalize(t.toMillis() * 1.0) : Oddball.UNDEFINED;
    }

    /** A Stats object: its status kept for the is* methods. */
    private static final class StatsObject extends JSObject {
        final Status status;

        StatsObject(JSObject prototype, Status status) {
            super(prototype.childRootShape());
            this.status = status;
        }
    }

    private static Status statusOf(Object self) {
        if (!(self instanceof StatsObject s)) {
            throw JSException.typeError("Illegal invocation");
        }
        return s.status;
    }
}
