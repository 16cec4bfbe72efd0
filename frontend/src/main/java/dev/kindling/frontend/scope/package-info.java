/**
 * Scope analysis: which declaration each name refers to, and where each variable lives —
 * a parameter, a register, a slot of a heap Context (captured by a closure), or the global
 * object. Start at {@link dev.kindling.frontend.scope.ScopeAnalyzer}; its result is
 * {@link dev.kindling.frontend.scope.ScopeAnalysis}.
 */
package dev.kindling.frontend.scope;
