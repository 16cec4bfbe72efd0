/*
 * Java twin of benchmarks/js/cd.js: collision detection of simulated aircraft over 200
 * frames, with motions hashed into 2x2 voxels by a flood fill and every pair sharing a
 * voxel tested for coming within the proximity radius.
 *
 * Assumes: the inner iteration count is the number of aircraft.
 * Guarantees: the same collision counts as the JS program (same operations on the same
 * doubles, in the same order); verifyResult refuses counts the table does not list. The
 * simulator uses StrictMath.cos/sin, fdlibm's algorithms, which V8's Math.cos/sin also
 * port, so the twin's positions are the JS program's to the bit (Math.cos may differ in
 * the last place).
 */
package dev.kindling.benchmarks.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

public final class CD extends Benchmark {
    private static final int FRAMES = 200;

    private static final double MIN_X = 0.0;
    private static final double MIN_Y = 0.0;
    private static final double MAX_X = 1000.0;
    private static final double MAX_Y = 1000.0;
    private static final double MIN_Z = 0.0;
    private static final double MAX_Z = 10.0;
    private static final double PROXIMITY_RADIUS = 1.0;
    private static final double GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0;

    /** {aircraft, collisions over all frames}, as in the JS program. */
    private static final int[][] COLLISIONS = {
        {1, 0}, {2, 42}, {10, 390}, {20, 825}, {50, 2130}, {100, 4305}, {200, 8655}, {250, 10830},
        {500, 14484}, {1000, 14484},
    };

    /** -1, 0 or 1; a NaN orders below every number. */
    static int compareNumbers(double a, double b) {
        if (a == b) {
            return 0;
        }
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        return a == a ? 1 : -1;
    }

    static final class Vector2D implements Comparable<Vector2D> {
        final double x;
        final double y;

        Vector2D(double x, double y) {
            this.x = x;
            this.y = y;
        }

        Vector2D plus(Vector2D other) {
            return new Vector2D(x + other.x, y + other.y);
        }

        Vector2D minus(Vector2D other) {
            return new Vector2D(x - other.x, y - other.y);
        }

        @Override
        public int compareTo(Vector2D other) {
            int byX = compareNumbers(x, other.x);
            return byX != 0 ? byX : compareNumbers(y, other.y);
        }
    }

    static final class Vector3D {
        final double x;
        final double y;
        final double z;

        Vector3D(double x, double y, double z) {
            this.x = x;
            this.y = y;
            this.z = z;
        }

        Vector3D plus(Vector3D other) {
            return new Vector3D(x + other.x, y + other.y, z + other.z);
        }

        Vector3D minus(Vector3D other) {
            return new Vector3D(x - other.x, y - other.y, z - other.z);
        }

        double dot(Vector3D other) {
            return x * other.x + y * other.y + z * other.z;
        }

        double squaredMagnitude() {
            return dot(this);
        }

        double magnitude() {
            return Math.sqrt(squaredMagnitude());
        }

        Vector3D times(double amount) {
            return new Vector3D(x * amount, y * amount, z * amount);
        }
    }

    /** The JS program's red-black tree (CLRS ch. 13); null leaves count as black. */
    static final class RedBlackTree<K extends Comparable<K>, V> {
        private static final boolean RED = true;
        private static final boolean BLACK = false;

        static final class Node<K, V> {
            K key;
            V value;
            Node<K, V> parent;
            Node<K, V> left;
            Node<K, V> right;
            boolean color = RED;

            Node(K key, V value, Node<K, V> parent) {
                this.key = key;
                this.value = value;
                this.parent = parent;
            }
        }

        Node<K, V> root;

        private static <K, V> boolean colorOf(Node<K, V> node) {
            return node == null ? BLACK : node.color;
        }

        private static <K, V> Node<K, V> parentOf(Node<K, V> node) {
            return node == null ? null : node.parent;
        }

        private static <K, V> Node<K, V> leftOf(Node<K, V> node) {
            return node == null ? null : node.left;
        }

        private static <K, V> Node<K, V> rightOf(Node<K, V> node) {
            return node == null ? null : node.right;
        }

        private static <K, V> void setColor(Node<K, V> node, boolean color) {
            if (node != null) {
                node.color = color;
            }
        }

        V get(K key) {
            Node<K, V> node = findNode(key);
            return node == null ? null : node.value;
        }

        V put(K key, V value) {
            Node<K, V> parent = null;
            Node<K, V> node = root;
            int comparison = 0;
            while (node != null) {
                parent = node;
                comparison = key.compareTo(node.key);
                if (comparison == 0) {
                    V old = node.value;
                    node.value = value;
                    return old;
                }
                node = comparison < 0 ? node.left : node.right;
            }
            Node<K, V> inserted = new Node<>(key, value, parent);
            if (parent == null) {
                root = inserted;
            } else if (comparison < 0) {
                parent.left = inserted;
            } else {
                parent.right = inserted;
            }
            fixAfterInsert(inserted);
            return null;
        }

        V remove(K key) {
            Node<K, V> node = findNode(key);
            if (node == null) {
                return null;
            }
            V old = node.value;
            deleteNode(node);
            return old;
        }

        void forEach(BiConsumer<K, V> action) {
            visit(root, action);
        }

        private void visit(Node<K, V> node, BiConsumer<K, V> action) {
            if (node != null) {
                visit(node.left, action);
                action.accept(node.key, node.value);
                visit(node.right, action);
            }
        }

        private Node<K, V> findNode(K key) {
            Node<K, V> node = root;
            while (node != null) {
                int comparison = key.compareTo(node.key);
                if (comparison == 0) {
                    return node;
                }
                node = comparison < 0 ? node.left : node.right;
            }
            return null;
        }

        private void deleteNode(Node<K, V> target) {
            Node<K, V> node = target;
            if (node.left != null && node.right != null) {
                Node<K, V> successor = node.right;
                while (successor.left != null) {
                    successor = successor.left;
                }
                node.key = successor.key;
                node.value = successor.value;
                node = successor;
            }
            Node<K, V> child = node.left != null ? node.left : node.right;
            if (child != null) {
                child.parent = node.parent;
                replaceChild(node, child);
                node.left = null;
                node.right = null;
                node.parent = null;
                if (node.color == BLACK) {
                    fixAfterDelete(child);
                }
            } else if (node.parent == null) {
                root = null;
            } else {
                if (node.color == BLACK) {
                    fixAfterDelete(node);
                }
                replaceChild(node, null);
                node.parent = null;
            }
        }

        private void replaceChild(Node<K, V> node, Node<K, V> replacement) {
            Node<K, V> parent = node.parent;
            if (parent == null) {
                root = replacement;
            } else if (node == parent.left) {
                parent.left = replacement;
            } else {
                parent.right = replacement;
            }
        }

        private void rotateLeft(Node<K, V> node) {
            Node<K, V> pivot = node.right;
            node.right = pivot.left;
            if (pivot.left != null) {
                pivot.left.parent = node;
            }
            pivot.parent = node.parent;
            replaceChild(node, pivot);
            pivot.left = node;
            node.parent = pivot;
        }

        private void rotateRight(Node<K, V> node) {
            Node<K, V> pivot = node.left;
            node.left = pivot.right;
            if (pivot.right != null) {
                pivot.right.parent = node;
            }
            pivot.parent = node.parent;
            replaceChild(node, pivot);
            pivot.right = node;
            node.parent = pivot;
        }

        private void fixAfterInsert(Node<K, V> inserted) {
            Node<K, V> node = inserted;
            while (node != root && colorOf(node.parent) == RED) {
                Node<K, V> parent = node.parent;
                Node<K, V> grandparent = parent.parent;
                if (parent == grandparent.left) {
                    Node<K, V> uncle = grandparent.right;
                    if (colorOf(uncle) == RED) {
                        parent.color = BLACK;
                        uncle.color = BLACK;
                        grandparent.color = RED;
                        node = grandparent;
                    } else {
                        if (node == parent.right) {
                            node = parent;
                            rotateLeft(node);
                        }
                        node.parent.color = BLACK;
                        grandparent.color = RED;
                        rotateRight(grandparent);
                    }
                } else {
                    Node<K, V> uncle = grandparent.left;
                    if (colorOf(uncle) == RED) {
                        parent.color = BLACK;
                        uncle.color = BLACK;
                        grandparent.color = RED;
                        node = grandparent;
                    } else {
                        if (node == parent.left) {
                            node = parent;
                            rotateRight(node);
                        }
                        node.parent.color = BLACK;
                        grandparent.color = RED;
                        rotateLeft(grandparent);
                    }
                }
            }
            root.color = BLACK;
        }

        private void fixAfterDelete(Node<K, V> start) {
            Node<K, V> node = start;
            while (node != root && colorOf(node) == BLACK) {
                if (node == leftOf(parentOf(node))) {
                    Node<K, V> sibling = rightOf(parentOf(node));
                    if (colorOf(sibling) == RED) {
                        setColor(sibling, BLACK);
                        setColor(parentOf(node), RED);
                        rotateLeft(parentOf(node));
                        sibling = rightOf(parentOf(node));
                    }
                    if (colorOf(leftOf(sibling)) == BLACK && colorOf(rightOf(sibling)) == BLACK) {
                        setColor(sibling, RED);
                        node = parentOf(node);
                    } else {
                        if (colorOf(rightOf(sibling)) == BLACK) {
                            setColor(leftOf(sibling), BLACK);
                            setColor(sibling, RED);
                            rotateRight(sibling);
                            sibling = rightOf(parentOf(node));
                        }
                        setColor(sibling, colorOf(parentOf(node)));
                        setColor(parentOf(node), BLACK);
                        setColor(rightOf(sibling), BLACK);
                        rotateLeft(parentOf(node));
                        node = root;
                    }
                } else {
                    Node<K, V> sibling = leftOf(parentOf(node));
                    if (colorOf(sibling) == RED) {
                        setColor(sibling, BLACK);
                        setColor(parentOf(node), RED);
                        rotateRight(parentOf(node));
                        sibling = leftOf(parentOf(node));
                    }
                    if (colorOf(rightOf(sibling)) == BLACK && colorOf(leftOf(sibling)) == BLACK) {
                        setColor(sibling, RED);
                        node = parentOf(node);
                    } else {
                        if (colorOf(leftOf(sibling)) == BLACK) {
                            setColor(rightOf(sibling), BLACK);
                            setColor(sibling, RED);
                            rotateLeft(sibling);
                            sibling = leftOf(parentOf(node));
                        }
                        setColor(sibling, colorOf(parentOf(node)));
                        setColor(parentOf(node), BLACK);
                        setColor(leftOf(sibling), BLACK);
                        rotateRight(parentOf(node));
                        node = root;
                    }
                }
            }
            setColor(node, BLACK);
        }
    }

    static final class CallSign implements Comparable<CallSign> {
        final int value;

        CallSign(int value) {
            this.value = value;
        }

        @Override
        public int compareTo(CallSign other) {
            return compareNumbers(value, other.value);
        }
    }

    static final class Aircraft {
        final CallSign callSign;
        final Vector3D position;

        Aircraft(CallSign callSign, Vector3D position) {
            this.callSign = callSign;
            this.position = position;
        }
    }

    static final class Collision {
        final CallSign aircraftA;
        final CallSign aircraftB;
        final Vector3D position;

        Collision(CallSign aircraftA, CallSign aircraftB, Vector3D position) {
            this.aircraftA = aircraftA;
            this.aircraftB = aircraftB;
            this.position = position;
        }
    }

    static boolean isInAirSpace(Vector3D position) {
        return position.x >= MIN_X && position.x <= MAX_X
                && position.y >= MIN_Y && position.y <= MAX_Y
                && position.z >= MIN_Z && position.z <= MAX_Z;
    }

    static final class Motion {
        final CallSign callSign;
        final Vector3D from;
        final Vector3D to;

        Motion(CallSign callSign, Vector3D from, Vector3D to) {
            this.callSign = callSign;
            this.from = from;
            this.to = to;
        }

        Vector3D delta() {
            return to.minus(from);
        }

        /** The JS program's findIntersection: the quadratic in t of the squared distance. */
        Vector3D findIntersection(Motion other) {
            Vector3D start1 = from;
            Vector3D start2 = other.from;
            Vector3D velocity1 = delta();
            Vector3D velocity2 = other.delta();
            double radius = PROXIMITY_RADIUS;
            double a = velocity2.minus(velocity1).squaredMagnitude();
            if (a == 0.0) {
                if (start2.minus(start1).magnitude() <= radius) {
                    return start1.plus(start2).times(0.5);
                }
                return null;
            }
            double b = 2.0 * start1.minus(start2).dot(velocity1.minus(velocity2));
            double c = start2.minus(start1).squaredMagnitude() - radius * radius;
            double discriminant = b * b - 4.0 * a * c;
            if (discriminant < 0.0) {
                return null;
            }
            double root = Math.sqrt(discriminant);
            double t1 = (-b - root) / (2.0 * a);
            double t2 = (-b + root) / (2.0 * a);
            if (!(t1 <= t2 && ((t1 <= 1.0 && 1.0 <= t2) || (t1 <= 0.0 && 0.0 <= t2) || (0.0 <= t1 && t2 <= 1.0)))) {
                return null;
            }
            double t = t1 <= 0.0 ? 0.0 : t1;
            Vector3D position1 = start1.plus(velocity1.times(t));
            Vector3D position2 = start2.plus(velocity2.times(t));
            Vector3D midpoint = position1.plus(position2).times(0.5);
            return isInAirSpace(midpoint) ? midpoint : null;
        }
    }

    static Vector2D voxelHash(Vector3D position) {
        int xDiv = (int) (position.x / GOOD_VOXEL_SIZE);
        int yDiv = (int) (position.y / GOOD_VOXEL_SIZE);
        double x = GOOD_VOXEL_SIZE * xDiv;
        double y = GOOD_VOXEL_SIZE * yDiv;
        if (position.x < 0) {
            x -= GOOD_VOXEL_SIZE;
        }
        if (position.y < 0) {
            y -= GOOD_VOXEL_SIZE;
        }
        return new Vector2D(x, y);
    }

    private static boolean overlapsFrame(double low, double high) {
        return (low <= 1.0 && 1.0 <= high) || (low <= 0.0 && 0.0 <= high) || (0.0 <= low && high <= 1.0);
    }

    /** The JS program's isInVoxel: per-axis time intervals that must overlap. */
    static boolean isInVoxel(Vector2D voxel, Motion motion) {
        if (voxel.x > MAX_X || voxel.x < MIN_X || voxel.y > MAX_Y || voxel.y < MIN_Y) {
            return false;
        }
        Vector3D start = motion.from;
        Vector3D end = motion.to;
        double size = GOOD_VOXEL_SIZE;
        double margin = PROXIMITY_RADIUS / 2.0;

        double x0 = start.x;
        double xv = end.x - start.x;
        double lowX = (voxel.x - margin - x0) / xv;
        double highX = (voxel.x + size + margin - x0) / xv;
        if (xv < 0.0) {
            double swap = lowX;
            lowX = highX;
            highX = swap;
        }
        double y0 = start.y;
        double yv = end.y - start.y;
        double lowY = (voxel.y - margin - y0) / yv;
        double highY = (voxel.y + size + margin - y0) / yv;
        if (yv < 0.0) {
            double swap = lowY;
            lowY = highY;
            highY = swap;
        }
        boolean inX = (xv == 0.0 && voxel.x <= x0 + margin && x0 - margin <= voxel.x + size)
                || overlapsFrame(lowX, highX);
        boolean inY = (yv == 0.0 && voxel.y <= y0 + margin && y0 - margin <= voxel.y + size)
                || overlapsFrame(lowY, highY);
        boolean together = xv == 0.0 || yv == 0.0
                || (lowY <= highX && highX <= highY) || (lowY <= lowX && lowX <= highY)
                || (lowX <= lowY && highY <= highX);
        return inX && inY && together;
    }

    private static final Vector2D HORIZONTAL = new Vector2D(GOOD_VOXEL_SIZE, 0.0);
    private static final Vector2D VERTICAL = new Vector2D(0.0, GOOD_VOXEL_SIZE);

    static final class CollisionDetector {
        private final RedBlackTree<CallSign, Vector3D> state = new RedBlackTree<>();

        List<Collision> handleNewFrame(List<Aircraft> frame) {
            List<Motion> motions = new ArrayList<>();
            RedBlackTree<CallSign, Boolean> seen = new RedBlackTree<>();
            frame.forEach(aircraft -> {
                Vector3D previous = state.put(aircraft.callSign, aircraft.position);
                seen.put(aircraft.callSign, true);
                Vector3D from = previous == null ? aircraft.position : previous;
                motions.add(new Motion(aircraft.callSign, from, aircraft.position));
            });

            List<CallSign> gone = new ArrayList<>();
            state.forEach((callSign, position) -> {
                if (seen.get(callSign) == null) {
                    gone.add(callSign);
                }
            });
            gone.forEach(state::remove);

            List<Collision> collisions = new ArrayList<>();
            reduceCollisionSet(motions).forEach(candidates -> {
                for (int i = 0; i < candidates.size(); i++) {
                    Motion motion1 = candidates.get(i);
                    for (int j = i + 1; j < candidates.size(); j++) {
                        Motion motion2 = candidates.get(j);
                        Vector3D position = motion1.findIntersection(motion2);
                        if (position != null) {
                            collisions.add(new Collision(motion1.callSign, motion2.callSign, position));
                        }
                    }
                }
            });
            return collisions;
        }
    }

    static List<List<Motion>> reduceCollisionSet(List<Motion> motions) {
        RedBlackTree<Vector2D, List<Motion>> voxelMap = new RedBlackTree<>();
        motions.forEach(motion -> drawMotionOnVoxelMap(voxelMap, motion));
        List<List<Motion>> groups = new ArrayList<>();
        voxelMap.forEach((voxel, group) -> {
            if (group.size() > 1) {
                groups.add(group);
            }
        });
        return groups;
    }

    static void drawMotionOnVoxelMap(RedBlackTree<Vector2D, List<Motion>> voxelMap, Motion motion) {
        fill(voxelMap, new RedBlackTree<>(), voxelHash(motion.from), motion);
    }

    /** The JS program's flood fill (a closure there, a recursive method here). */
    private static void fill(RedBlackTree<Vector2D, List<Motion>> voxelMap, RedBlackTree<Vector2D, Boolean> visited,
            Vector2D voxel, Motion motion) {
        if (!isInVoxel(voxel, motion) || visited.put(voxel, true) != null) {
            return;
        }
        List<Motion> group = voxelMap.get(voxel);
        if (group == null) {
            group = new ArrayList<>();
            group.add(motion);
            voxelMap.put(voxel, group);
        } else {
            group.add(motion);
        }
        fill(voxelMap, visited, voxel.minus(HORIZONTAL), motion);
        fill(voxelMap, visited, voxel.plus(HORIZONTAL), motion);
        fill(voxelMap, visited, voxel.minus(VERTICAL), motion);
        fill(voxelMap, visited, voxel.plus(VERTICAL), motion);
        fill(voxelMap, visited, voxel.minus(HORIZONTAL).minus(VERTICAL), motion);
        fill(voxelMap, visited, voxel.minus(HORIZONTAL).plus(VERTICAL), motion);
        fill(voxelMap, visited, voxel.plus(HORIZONTAL).minus(VERTICAL), motion);
        fill(voxelMap, visited, voxel.plus(HORIZONTAL).plus(VERTICAL), motion);
    }

    static final class Simulator {
        private final List<CallSign> callSigns = new ArrayList<>();

        Simulator(int aircraftCount) {
            for (int i = 0; i < aircraftCount; i++) {
                callSigns.add(new CallSign(i));
            }
        }

        List<Aircraft> simulate(double time) {
            List<Aircraft> frame = new ArrayList<>();
            for (int i = 0; i < callSigns.size(); i += 2) {
                frame.add(new Aircraft(callSigns.get(i), new Vector3D(time, StrictMath.cos(time) * 2 + i * 3, 10.0)));
                if (i + 1 < callSigns.size()) {
                    frame.add(new Aircraft(callSigns.get(i + 1), new Vector3D(time, StrictMath.sin(time) * 2 + i * 3, 10.0)));
                }
            }
            return frame;
        }
    }

    @Override
    public boolean innerBenchmarkLoop(int innerIterations) {
        return verifyResult(collisionsFor(innerIterations), innerIterations);
    }

    static int collisionsFor(int aircraftCount) {
        Simulator simulator = new Simulator(aircraftCount);
        CollisionDetector detector = new CollisionDetector();
        int collisions = 0;
        for (int i = 0; i < FRAMES; i++) {
            double time = i / 10.0;
            collisions += detector.handleNewFrame(simulator.simulate(time)).size();
        }
        return collisions;
    }

    boolean verifyResult(int collisions, int aircraftCount) {
        for (int[] known : COLLISIONS) {
            if (known[0] == aircraftCount) {
                return collisions == known[1];
            }
        }
        System.out.println("CD: no known collision count for " + aircraftCount + " aircraft (computed " + collisions + ")");
        return false;
    }
}
