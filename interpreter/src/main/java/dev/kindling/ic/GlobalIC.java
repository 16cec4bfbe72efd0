/*
 * Global load and store ICs: LdaGlobal / StaGlobal. The global object is in dictionary mode
 * and its dictionary entries are property cells (V8's PropertyCell): the IC caches the cell
 * of the name and reads or writes its value directly until the property is deleted. Names
 * that are missing, inherited from Object.prototype, or accessors take the generic path.
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.PropertyAttributes;

public final class GlobalIC {
    private final InlineCaches ics;

    GlobalIC(InlineCaches ics) {
        this.ics = ics;
    }

    /** The cached cell's value, or null on a miss (the caller then takes the generic path). */
    public Object load(PropertyFeedback site, String name) {
        JSObject.DictionaryEntry cell = site.cell; // set only while ICs are enabled
        return cell != null && !cell.isDeleted() ? cell.value() : loadMiss(site, name);
    }

    private Object loadMiss(PropertyFeedback site, String name) {
        if (!ics.enabled) {
            return null;
        }
        JSObject.DictionaryEntry cell = cacheableCell(name);
        if (cell != null) {
            record("LoadGlobalIC", site, cell, name);
            return cell.value();
        }
        return null;
    }

    /** Stores through the cached cell; false on a miss (the caller then takes the generic path). */
    public boolean store(PropertyFeedback site, String name, Object value) {
        if (!ics.enabled) {
            return false;
        }
        JSObject.DictionaryEntry cell = site.cell != null && !site.cell.isDeleted() ? site.cell : null;
        if (cell == null) {
            cell = cacheableCell(name);
            if (cell == null) {
                return false;
            }
            record("StoreGlobalIC", site, cell, name);
        }
        if (!PropertyAttributes.isWritable(cell.attributes())) {
            return false;
        }
        cell.setValue(value);
        return true;
    }

    private JSObject.DictionaryEntry cacheableCell(String name) {
        JSObject.DictionaryEntry cell = ics.realm.global().dictionaryEntry(name);
        return cell != null && !PropertyAttributes.isAccessor(cell.attributes()) ? cell : null;
    }

    private void record(String kind, PropertyFeedback site, JSObject.DictionaryEntry cell, String name) {
        IcState old = site.state;
        site.cell = cell;
        site.state = old == IcState.UNINITIALIZED ? IcState.MONOMORPHIC : IcState.MEGAMORPHIC;
        if (ics.tracer != null && old != site.state) {
            ics.tracer.stateChanged(kind, old, site.state, null, name);
        }
    }
}
