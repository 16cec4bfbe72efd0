/*
 * The store behind Map and Set, as V8's OrderedHashTable: entries in insertion order plus a
 * hash index from key to entry position. Keys compare by SameValueZero (§7.2.11): NaN equals
 * NaN, +0 equals −0 (a −0 key is stored as +0, as Map.prototype.set does), objects and
 * symbols by identity — which is Java equality on normalized values (numbers are Integer for
 * int32 values, Double otherwise; Double.equals treats NaN as equal to itself).
 *
 * Live iteration (§24.1.5.1): an iterator is a position in the entry list. A deleted entry
 * leaves a hole that iterators skip, and new entries are appended, so an iterator visits
 * entries added during the loop and not ones deleted before it got there. When holes
 * outnumber live entries the list is compacted and every live iterator's position is moved
 * to the same live entry (V8 instead chains the old table to the new one for its iterators).
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Numbers;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

final class OrderedHashTable {
    /** The marker of a deleted entry's key. */
    private static final Object DELETED = new Object();

    private final List<Object> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final HashMap<Object, Integer> index = new HashMap<>();
    private final List<WeakReference<Cursor>> cursors = new ArrayList<>();

    /** A position in the entry list that survives deletion and compaction (an iterator's state). */
    static final class Cursor {
        int position;
    }

    int size() {
        return index.size();
    }

    /** SameValueZero's canonical form: −0 becomes +0; other values are already canonical. */
    static Object normalizeKey(Object key) {
        if (key instanceof Double d && d == 0) {
            return 0;
        }
        return key instanceof Double d ? Numbers.normalize(d) : key;
    }

    boolean has(Object key) {
        return index.containsKey(normalizeKey(key));
    }

    /** The value of `key`, or null if absent. */
    Object get(Object key) {
        Integer i = index.get(normalizeKey(key));
        return i == null ? null : values.get(i);
    }

    void set(Object key, Object value) {
        Object k = normalizeKey(key);
        Integer i = index.get(k);
        if (i != null) {
            values.set(i, value);
            return;
        }
        index.put(k, keys.size());
        keys.add(k);
        values.add(value);
    }

    boolean delete(Object key) {
        Integer i = index.remove(normalizeKey(key));
        if (i == null) {
            return false;
        }
        keys.set(i, DELETED);
        values.set(i, null);
        if (keys.size() > 16 && index.size() * 2 < keys.size()) {
            compact();
        }
        return true;
    }

    void clear() {
        for (int i = 0; i < keys.size(); i++) {
            keys.set(i, DELETED);
            values.set(i, null);
        }
        index.clear();
        compact();
    }

    Cursor newCursor() {
        Cursor c = new Cursor();
        cursors.removeIf(ref -> ref.get() == null);
        cursors.add(new WeakReference<>(c));
        return c;
    }

    /**
     * Moves `cursor` to the next live entry and returns its position, advancing past it; -1
     * when the entries are exhausted.
     */
    int advance(Cursor cursor) {
        while (cursor.position < keys.size()) {
            int i = cursor.position++;
            if (keys.get(i) != DELETED) {
                return i;
            }
        }
        return -1;
    }

    Object keyAt(int position) {
        return keys.get(position);
    }

    Object valueAt(int position) {
        return values.get(position);
    }

    /** The live positions in insertion order, for forEach-free walks (printing). */
    List<Integer> livePositions() {
        List<Integer> live = new ArrayList<>(index.size());
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != DELETED) {
                live.add(i);
            }
        }
        return live;
    }

    /** Drops the holes; each live cursor keeps pointing at the same next live entry. */
    private void compact() {
        int[] newPosition = new int[keys.size() + 1];
        List<Object> ks = new ArrayList<>(index.size());
        List<Object> vs = new ArrayList<>(index.size());
        for (int i = 0; i < keys.size(); i++) {
            newPosition[i] = ks.size();
            if (keys.get(i) != DELETED) {
                index.put(keys.get(i), ks.size());
                ks.add(keys.get(i));
                vs.add(values.get(i));
            }
        }
        newPosition[keys.size()] = ks.size();
        for (WeakReference<Cursor> ref : cursors) {
            Cursor c = ref.get();
            if (c != null) {
                c.position = newPosition[Math.min(c.position, keys.size())];
            }
        }
        keys.clear();
        keys.addAll(ks);
        values.clear();
        values.addAll(vs);
    }
}
