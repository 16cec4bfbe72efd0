/*
 * An object the host prints its own way (node's util.inspect.custom): util.inspect prints
 * what inspect() returns instead of walking the object. node's Buffer is one
 * (`<Buffer 68 69>`).
 */
package dev.kindling.runtime;

public interface CustomInspect {
    String inspect();
}
