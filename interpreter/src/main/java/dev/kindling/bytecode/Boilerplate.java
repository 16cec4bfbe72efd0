/*
 * Constant pool descriptions of object and array literals (V8's ObjectBoilerplateDescription
 * and ArrayBoilerplateDescription). CreateObjectLiteral/CreateArrayLiteral build a fresh
 * object from one; values not known at compile time are null here and stored by the
 * bytecodes that follow.
 */
package dev.kindling.bytecode;

import java.util.List;

public final class Boilerplate {
    private Boilerplate() {
    }

    /** Property names in literal order, with constant values where known (else null). */
    public record ObjectLiteral(List<String> names, List<Object> constantValues) {
        public ObjectLiteral {
            names = List.copyOf(names);
            constantValues = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(constantValues));
        }

        @Override
        public String toString() {
            return "<ObjectBoilerplateDescription[" + names.size() + "]>";
        }
    }

    /**
     * Elements in order: a constant value, THE_HOLE marker (a hole `[,]`), or null when the
     * value is computed by a following StaInArrayLiteral.
     */
    public record ArrayLiteral(List<Object> elements) {
        public ArrayLiteral {
            elements = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(elements));
        }

        @Override
        public String toString() {
            return "<ArrayBoilerplateDescription[" + elements.size() + "]>";
        }
    }

    /** The kind of a class member a ClassBoilerplate lists. */
    public enum ClassMemberKind { METHOD, GETTER, SETTER }

    /** One class member: its static key (null if computed), its kind and whether it is static. */
    public record ClassMember(String name, ClassMemberKind kind, boolean isStatic) {}

    /**
     * What DefineClass installs (V8's ClassBoilerplate): the members in source order. Their
     * closures, and the computed keys, follow DefineClass's first three arguments in the same order.
     */
    public record ClassBoilerplate(List<ClassMember> members) {
        public ClassBoilerplate {
            members = List.copyOf(members);
        }

        @Override
        public String toString() {
            return "<ClassBoilerplate[" + members.size() + "]>";
        }
    }

    /**
     * One tagged-template site's strings: cooked and raw. Compared by identity, so that two
     * sites with the same text still get two template objects, as the spec requires.
     */
    public static final class TemplateObjectDescription {
        private final List<String> cooked;
        private final List<String> raw;

        public TemplateObjectDescription(List<String> cooked, List<String> raw) {
            this.cooked = List.copyOf(cooked);
            this.raw = List.copyOf(raw);
        }

        public List<String> cooked() {
            return cooked;
        }

        public List<String> raw() {
            return raw;
        }

        @Override
        public String toString() {
            return "<TemplateObjectDescription>";
        }
    }

    /** A SwitchOnSmiNoFeedback jump table entry: a jump distance, filled in at layout. */
    public static final class JumpTableEntry {
        int distance;

        public int distance() {
            return distance;
        }

        @Override
        public String toString() {
            return Integer.toString(distance);
        }
    }
}
