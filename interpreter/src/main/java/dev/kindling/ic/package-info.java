/**
 * Inline caches and type feedback (DESIGN.md stage 4). A feedback slot's object is a
 * {@link dev.kindling.ic.PropertyFeedback} (load, store, keyed and global ICs, with
 * {@link dev.kindling.ic.Handler}s per shape and the {@link dev.kindling.ic.StubCache} once
 * megamorphic), a {@link dev.kindling.ic.CallFeedback}, or a
 * {@link dev.kindling.ic.BinaryOperationFeedback} / {@link dev.kindling.ic.CompareOperationFeedback}.
 * Start at {@link dev.kindling.ic.LoadIC}; {@link dev.kindling.ic.InlineCaches} holds one of each IC
 * kind per engine.
 */
package dev.kindling.ic;
