/*
 * CD's red-black tree against java.util.TreeMap under a long random mix of puts, removes
 * and gets, checking after every operation the red-black invariants (black root, no red
 * node with a red child, equal black height on every path) and the parent links.
 */
package dev.kindling.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RedBlackTreeTest {

    @Test
    void behavesAsASortedMapAndKeepsItsInvariants() {
        java.util.Random random = new java.util.Random(20261123);
        for (int round = 0; round < 20; round++) {
            CD.RedBlackTree<CD.CallSign, Integer> tree = new CD.RedBlackTree<>();
            TreeMap<Integer, Integer> reference = new TreeMap<>();
            for (int op = 0; op < 2000; op++) {
                int key = random.nextInt(300);
                CD.CallSign callSign = new CD.CallSign(key);
                switch (random.nextInt(3)) {
                    case 0 -> {
                        int value = random.nextInt(1000);
                        assertEquals(reference.put(key, value), tree.put(callSign, value), "put " + key);
                    }
                    case 1 -> assertEquals(reference.remove(key), tree.remove(callSign), "remove " + key);
                    default -> assertEquals(reference.get(key), tree.get(callSign), "get " + key);
                }
                checkInvariants(tree);
            }
            List<Integer> keys = new ArrayList<>();
            tree.forEach((callSign, value) -> {
                keys.add(callSign.value);
                assertEquals(reference.get(callSign.value), value);
            });
            assertEquals(new ArrayList<>(reference.keySet()), keys);
        }
    }

    @Test
    void removingAnAbsentKeyGivesNull() {
        CD.RedBlackTree<CD.CallSign, Integer> tree = new CD.RedBlackTree<>();
        assertNull(tree.remove(new CD.CallSign(1)));
        tree.put(new CD.CallSign(1), 7);
        assertEquals(7, tree.remove(new CD.CallSign(1)));
        assertNull(tree.root);
    }

    private static void checkInvariants(CD.RedBlackTree<CD.CallSign, Integer> tree) {
        if (tree.root != null) {
            assertFalse(tree.root.color, "the root is black");
            assertNull(tree.root.parent);
        }
        blackHeight(tree.root);
    }

    private static int blackHeight(CD.RedBlackTree.Node<CD.CallSign, Integer> node) {
        if (node == null) {
            return 1;
        }
        for (CD.RedBlackTree.Node<CD.CallSign, Integer> child : List.of(
                node.left == null ? node : node.left, node.right == null ? node : node.right)) {
            if (child != node) {
                assertSame(node, child.parent, "parent link");
                assertFalse(node.color && child.color, "a red node has no red child");
            }
        }
        int left = blackHeight(node.left);
        assertEquals(left, blackHeight(node.right), "black height");
        return left + (node.color ? 0 : 1);
    }
}
