/*
 * Where an uncaught exception is reported as thrown: a source and an offset in it. node's
 * report starts with "file.js:LINE", the line and a caret under the offset. Mostly the
 * innermost JS position the exception passed through; JSON.parse records its own text (V8
 * reports a JSON syntax error in "<anonymous_script>", the text being parsed).
 */
package dev.kindling.runtime;

import dev.kindling.frontend.ast.Source;

public record ThrowSite(Source source, int position) {}
