/**
 * IEEE 754 double arithmetic where Java's StrictMath does not match V8's src/base/ieee754.cc
 * to the last bit: {@link dev.kindling.runtime.ieee754.FdLibm}, ports of fdlibm's and FreeBSD
 * msun's algorithms. Plain numeric code with no dependency on the object model, so both the
 * operators ({@code Operators.pow} for {@code **}) and the Math builtins use it, as V8's
 * runtime and builtins both call {@code base::ieee754}.
 */
package dev.kindling.runtime.ieee754;
