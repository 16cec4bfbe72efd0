/*
 * A binding or assignment target: what can stand left of `=` in a declaration, a parameter, a
 * catch clause or a for-in/of head. Today only a plain identifier; object and array
 * destructuring patterns join this sealed family later without touching its users' shape.
 */
package dev.kindling.frontend.ast;

public sealed interface Pattern extends Node permits Expression.Identifier {
}
