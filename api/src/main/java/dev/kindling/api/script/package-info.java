/**
 * javax.script on the embedding API: {@link dev.kindling.api.script.KindlingScriptEngineFactory}
 * (registered in META-INF/services) and {@link dev.kindling.api.script.KindlingScriptEngine}.
 */
package dev.kindling.api.script;
