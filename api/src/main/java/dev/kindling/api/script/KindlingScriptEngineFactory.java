/*
 * javax.script's entry to Kindling: `new ScriptEngineManager().getEngineByName("kindling")`
 * (also "js", "javascript", and by extension "js") finds this factory through
 * META-INF/services/javax.script.ScriptEngineFactory and gets a KindlingScriptEngine with
 * default Options.
 */
package dev.kindling.api.script;

import java.util.List;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

public final class KindlingScriptEngineFactory implements ScriptEngineFactory {
    private static final List<String> NAMES = List.of("kindling", "Kindling", "js", "javascript", "JavaScript");

    @Override
    public String getEngineName() {
        return "Kindling";
    }

    @Override
    public String getEngineVersion() {
        return "0.1.0";
    }

    @Override
    public List<String> getExtensions() {
        return List.of("js");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("application/javascript", "text/javascript");
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "ECMAScript";
    }

    @Override
    public String getLanguageVersion() {
        return "ECMAScript (the subset README.md lists)";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> NAMES.get(0);
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            default -> null; // "THREADING" null: not thread-safe, as the spec spells it
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "console.log(" + toDisplay + ")";
    }

    @Override
    public String getProgram(String... statements) {
        return List.of(statements).stream().map(s -> s + ";\n").collect(Collectors.joining());
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new KindlingScriptEngine(this);
    }
}
