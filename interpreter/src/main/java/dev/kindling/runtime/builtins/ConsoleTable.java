/*
 * console.table: an object or array drawn as a box-drawing table, one row per own enumerable
 * key, one column per key of the rows (or per name in the `properties` argument), plus a
 * "Values" column for rows that are primitives. A port of console.table in node v20's
 * lib/internal/console/constructor.js and of lib/internal/cli_table.js.
 *
 * Cells are util.inspect'ed compactly (arrays cut after 3 elements, objects with more than 2
 * keys as [Object]); the row keys of the "(index)" column are printed as they are. Anything
 * not an object is console.log'ged. Not done: node draws a Map's or a Set's entries under an
 * "(iteration index)" column; here a Map or Set is an object with no enumerable keys, so its
 * table has no rows.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.ArrayIndex;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class ConsoleTable {
    private static final String INDEX_KEY = "(index)";
    private static final String VALUES_KEY = "Values";

    private ConsoleTable() {
    }

    /** The table's text, or null when console.log should print the value instead. */
    static String table(Realm realm, Object data, Object properties) {
        List<String> only = null;
        if (properties != Oddball.UNDEFINED) {
            if (!(properties instanceof JSArray list)) {
                throw JSException.typeError("The \"properties\" argument must be an instance of Array."
                        + " Received " + Inspect.inspect(realm, properties));
            }
            only = new ArrayList<>();
            for (int i = 0; i < list.length(); i++) {
                only.add(Conversions.toString(list.getElement(i)));
            }
        }
        if (!(data instanceof JSObject table)) {
            return null;
        }
        List<String> indexColumn = enumerableKeys(table);
        Map<String, Map<Integer, String>> columns = new HashMap<>();
        List<String> columnOrder = new ArrayList<>();
        Map<Integer, String> values = new HashMap<>();
        boolean hasPrimitives = false;
        for (int i = 0; i < indexColumn.size(); i++) {
            Object item = table.get(indexColumn.get(i));
            boolean primitive = !(item instanceof JSObject);
            if (only == null && primitive) {
                hasPrimitives = true;
                values.put(i, cell(realm, item));
                continue;
            }
            for (String key : only != null ? only : enumerableKeys((JSObject) item)) {
                if (!columns.containsKey(key)) {
                    columns.put(key, new HashMap<>());
                    columnOrder.add(key);
                }
                boolean present = !primitive && ((JSObject) item).hasOwnProperty(key);
                columns.get(key).put(i, present ? cell(realm, ((JSObject) item).get(key)) : "");
            }
        }
        // The columns are the keys of a null-prototype object in node: integer keys first.
        List<String> head = new ArrayList<>();
        List<Map<Integer, String>> body = new ArrayList<>();
        head.add(INDEX_KEY);
        Map<Integer, String> index = new HashMap<>();
        for (int i = 0; i < indexColumn.size(); i++) {
            index.put(i, indexColumn.get(i));
        }
        body.add(index);
        for (String key : integerKeysFirst(columnOrder)) {
            head.add(key);
            body.add(columns.get(key));
        }
        if (hasPrimitives) {
            head.add(VALUES_KEY);
            body.add(values);
        }
        return render(head, body, indexColumn.size());
    }

    /** The compact inspect node uses for a cell. */
    private static String cell(Realm realm, Object v) {
        int depth = v instanceof JSObject o && !(v instanceof JSArray) && enumerableKeys(o).size() > 2 ? -1 : 0;
        Inspect.Options options = new Inspect.Options(depth, false, Integer.MAX_VALUE, 3, 3, 10000);
        return Inspect.inspect(realm, v, options);
    }

    private static List<String> enumerableKeys(JSObject o) {
        List<String> keys = new ArrayList<>();
        if (o instanceof JSFunction) {
            return keys;
        }
        for (String k : o.ownKeys()) {
            int attrs = o.getOwnAttributes(k);
            if (attrs >= 0 && PropertyAttributes.isEnumerable(attrs)) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static List<String> integerKeysFirst(List<String> keys) {
        List<String> result = new ArrayList<>();
        keys.stream().filter(k -> ArrayIndex.parse(k) >= 0)
                .sorted((a, b) -> Long.compare(ArrayIndex.parse(a), ArrayIndex.parse(b))).forEach(result::add);
        keys.stream().filter(k -> ArrayIndex.parse(k) < 0).forEach(result::add);
        return result;
    }

    // ---- cli_table ------------------------------------------------------------------------------

    private static String render(List<String> head, List<Map<Integer, String>> columns, int rowCount) {
        int[] widths = new int[head.size()];
        List<String[]> rows = new ArrayList<>();
        for (int j = 0; j < rowCount; j++) {
            rows.add(new String[head.size()]);
        }
        for (int i = 0; i < head.size(); i++) {
            widths[i] = InspectPrimitives.stringWidth(head.get(i));
            for (int j = 0; j < rowCount; j++) {
                String value = columns.get(i).getOrDefault(j, "");
                rows.get(j)[i] = value;
                widths[i] = Math.max(widths[i], InspectPrimitives.stringWidth(value));
            }
        }
        List<String> divider = new ArrayList<>();
        for (int w : widths) {
            divider.add("─".repeat(w + 2));
        }
        StringBuilder sb = new StringBuilder();
        sb.append('┌').append(String.join("┬", divider)).append("┐\n");
        sb.append(renderRow(head.toArray(new String[0]), widths)).append('\n');
        sb.append('├').append(String.join("┼", divider)).append("┤\n");
        for (String[] row : rows) {
            sb.append(renderRow(row, widths)).append('\n');
        }
        sb.append('└').append(String.join("┴", divider)).append('┘');
        return sb.toString();
    }

    private static String renderRow(String[] row, int[] widths) {
        StringBuilder out = new StringBuilder("│ ");
        for (int i = 0; i < row.length; i++) {
            out.append(row[i]).append(" ".repeat(widths[i] - InspectPrimitives.stringWidth(row[i])));
            if (i != row.length - 1) {
                out.append(" │ ");
            }
        }
        return out.append(" │").toString();
    }
}
