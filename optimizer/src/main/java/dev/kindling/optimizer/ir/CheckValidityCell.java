/*
 * CheckValidityCell: deoptimizes with "wrong map" unless the prototype chain's validity cell
 * the node holds is still valid — the guard of a load found on a prototype (Handler.
 * LoadPrototypeField), exactly the test the interpreter's inline cache makes. V8 turns the
 * same fact into a code dependency (lazy deopt when the chain changes); checking it eagerly
 * costs a load and a compare and needs no invalidation machinery.
 */
package dev.kindling.optimizer.ir;

import dev.kindling.runtime.ValidityCell;

public final class CheckValidityCell extends Node {
    private final ValidityCell cell;

    public CheckValidityCell(ValidityCell cell) {
        super(Opcode.CheckValidityCell);
        this.cell = cell;
    }

    public ValidityCell cell() {
        return cell;
    }
}
