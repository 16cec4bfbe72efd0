// CD: collision detection of simulated aircraft, after the CDx benchmark (Kalibera et al.,
// "CDx: a family of real-time Java benchmarks", 2009) as the Are We Fast Yet suite ports
// it. Each of 200 frames places every aircraft at a new position; the detector turns the
// previous and the new position of each aircraft into a straight-line motion, hashes the
// motions into 2x2 voxels of the x-y plane (a motion lands in every voxel it passes
// through, found by a flood fill), and tests every pair of motions sharing a voxel for
// coming within the proximity radius of each other during the frame.
//
// What it exercises: many small objects (2D and 3D vectors, made fresh by every vector
// operation), a red-black tree keyed by objects with a compareTo method (the aircraft
// state, the voxel map and the flood fill's visited set), recursion, closures passed to
// forEach, and double arithmetic.
// Assumes: the inner iteration count given to innerBenchmarkLoop is the number of aircraft.
// Guarantees: verifyResult compares the total number of collisions over all frames (a
// pair is counted once per voxel it shares) with the table below; the values for 2, 10,
// 100, 200, 250, 500 and 1000 aircraft are the long-known ones (aircraft beyond y = 1000
// leave the air space, so 500 and 1000 agree), the others were computed by this program
// and its Java twin, which agree. A count the table does not list is refused.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

const FRAMES = 200;

// The air space the detector watches, and how near two aircraft must come to collide.
const MIN_X = 0.0;
const MIN_Y = 0.0;
const MAX_X = 1000.0;
const MAX_Y = 1000.0;
const MIN_Z = 0.0;
const MAX_Z = 10.0;
const PROXIMITY_RADIUS = 1.0;
const GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0;

// aircraft -> collisions over all frames.
const COLLISIONS = [
  [1, 0],
  [2, 42],
  [10, 390],
  [20, 825],
  [50, 2130],
  [100, 4305],
  [200, 8655],
  [250, 10830],
  [500, 14484],
  [1000, 14484],
];

// -1, 0 or 1; a NaN orders below every number, so keys always have a total order.
const compareNumbers = (a, b) => {
  if (a === b) {
    return 0;
  }
  if (a < b) {
    return -1;
  }
  if (a > b) {
    return 1;
  }
  return a === a ? 1 : -1;
};

class Vector2D {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  plus(other) {
    return new Vector2D(this.x + other.x, this.y + other.y);
  }

  minus(other) {
    return new Vector2D(this.x - other.x, this.y - other.y);
  }

  compareTo(other) {
    const byX = compareNumbers(this.x, other.x);
    return byX !== 0 ? byX : compareNumbers(this.y, other.y);
  }
}

class Vector3D {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  plus(other) {
    return new Vector3D(this.x + other.x, this.y + other.y, this.z + other.z);
  }

  minus(other) {
    return new Vector3D(this.x - other.x, this.y - other.y, this.z - other.z);
  }

  dot(other) {
    return this.x * other.x + this.y * other.y + this.z * other.z;
  }

  squaredMagnitude() {
    return this.dot(this);
  }

  magnitude() {
    return Math.sqrt(this.squaredMagnitude());
  }

  times(amount) {
    return new Vector3D(this.x * amount, this.y * amount, this.z * amount);
  }
}

// A red-black tree (Cormen et al., Introduction to Algorithms, ch. 13) mapping keys with a
// compareTo method to values. Leaves are null and count as black. Invariants between
// calls: the root is black, a red node has no red child, and every path from a node down
// to a leaf passes the same number of black nodes, so the height stays below 2 lg(n + 1).
const RED = true;
const BLACK = false;

class TreeNode {
  constructor(key, value, parent) {
    this.key = key;
    this.value = value;
    this.parent = parent;
    this.left = null;
    this.right = null;
    this.color = RED;
  }
}

const colorOf = (node) => (node === null ? BLACK : node.color);
const parentOf = (node) => (node === null ? null : node.parent);
const leftOf = (node) => (node === null ? null : node.left);
const rightOf = (node) => (node === null ? null : node.right);
const setColor = (node, color) => {
  if (node !== null) {
    node.color = color;
  }
};

class RedBlackTree {
  constructor() {
    this.root = null;
  }

  // The value for key, or null.
  get(key) {
    const node = this.findNode(key);
    return node === null ? null : node.value;
  }

  // Maps key to value; returns the value it replaced, or null for a new key.
  put(key, value) {
    let parent = null;
    let node = this.root;
    let comparison = 0;
    while (node !== null) {
      parent = node;
      comparison = key.compareTo(node.key);
      if (comparison === 0) {
        const old = node.value;
        node.value = value;
        return old;
      }
      node = comparison < 0 ? node.left : node.right;
    }
    const inserted = new TreeNode(key, value, parent);
    if (parent === null) {
      this.root = inserted;
    } else if (comparison < 0) {
      parent.left = inserted;
    } else {
      parent.right = inserted;
    }
    this.fixAfterInsert(inserted);
    return null;
  }

  // Removes key; returns the value it had, or null when it was absent.
  remove(key) {
    const node = this.findNode(key);
    if (node === null) {
      return null;
    }
    const old = node.value;
    this.deleteNode(node);
    return old;
  }

  // Calls action(key, value) for every entry, in increasing key order.
  forEach(action) {
    const visit = (node) => {
      if (node !== null) {
        visit(node.left);
        action(node.key, node.value);
        visit(node.right);
      }
    };
    visit(this.root);
  }

  findNode(key) {
    let node = this.root;
    while (node !== null) {
      const comparison = key.compareTo(node.key);
      if (comparison === 0) {
        return node;
      }
      node = comparison < 0 ? node.left : node.right;
    }
    return null;
  }

  // A node with two children swaps its entry with its successor's and deletes that node
  // instead, which has at most one child. Removing a black node leaves one path short of
  // a black node; fixAfterDelete repairs it, starting from the child that took its place
  // (or from the node itself, as a stand-in for the null leaf, before unlinking it).
  deleteNode(target) {
    let node = target;
    if (node.left !== null && node.right !== null) {
      let successor = node.right;
      while (successor.left !== null) {
        successor = successor.left;
      }
      node.key = successor.key;
      node.value = successor.value;
      node = successor;
    }
    const child = node.left !== null ? node.left : node.right;
    if (child !== null) {
      child.parent = node.parent;
      this.replaceChild(node, child);
      node.left = null;
      node.right = null;
      node.parent = null;
      if (node.color === BLACK) {
        this.fixAfterDelete(child);
      }
    } else if (node.parent === null) {
      this.root = null;
    } else {
      if (node.color === BLACK) {
        this.fixAfterDelete(node);
      }
      this.replaceChild(node, null);
      node.parent = null;
    }
  }

  // Puts replacement where node hangs from its parent (or at the root).
  replaceChild(node, replacement) {
    const parent = node.parent;
    if (parent === null) {
      this.root = replacement;
    } else if (node === parent.left) {
      parent.left = replacement;
    } else {
      parent.right = replacement;
    }
  }

  rotateLeft(node) {
    const pivot = node.right;
    node.right = pivot.left;
    if (pivot.left !== null) {
      pivot.left.parent = node;
    }
    pivot.parent = node.parent;
    this.replaceChild(node, pivot);
    pivot.left = node;
    node.parent = pivot;
  }

  rotateRight(node) {
    const pivot = node.left;
    node.left = pivot.right;
    if (pivot.right !== null) {
      pivot.right.parent = node;
    }
    pivot.parent = node.parent;
    this.replaceChild(node, pivot);
    pivot.right = node;
    node.parent = pivot;
  }

  // A red node just inserted may have a red parent. Recolor while the uncle is red (the
  // problem moves two levels up); otherwise one or two rotations end it.
  fixAfterInsert(inserted) {
    let node = inserted;
    while (node !== this.root && colorOf(node.parent) === RED) {
      const parent = node.parent;
      const grandparent = parent.parent;
      if (parent === grandparent.left) {
        const uncle = grandparent.right;
        if (colorOf(uncle) === RED) {
          parent.color = BLACK;
          uncle.color = BLACK;
          grandparent.color = RED;
          node = grandparent;
        } else {
          if (node === parent.right) {
            node = parent;
            this.rotateLeft(node);
          }
          node.parent.color = BLACK;
          grandparent.color = RED;
          this.rotateRight(grandparent);
        }
      } else {
        const uncle = grandparent.left;
        if (colorOf(uncle) === RED) {
          parent.color = BLACK;
          uncle.color = BLACK;
          grandparent.color = RED;
          node = grandparent;
        } else {
          if (node === parent.left) {
            node = parent;
            this.rotateRight(node);
          }
          node.parent.color = BLACK;
          grandparent.color = RED;
          this.rotateLeft(grandparent);
        }
      }
    }
    this.root.color = BLACK;
  }

  // `start` carries an extra black. Push it up while its sibling's children are black;
  // otherwise rotations at the parent absorb it.
  fixAfterDelete(start) {
    let node = start;
    while (node !== this.root && colorOf(node) === BLACK) {
      if (node === leftOf(parentOf(node))) {
        let sibling = rightOf(parentOf(node));
        if (colorOf(sibling) === RED) {
          setColor(sibling, BLACK);
          setColor(parentOf(node), RED);
          this.rotateLeft(parentOf(node));
          sibling = rightOf(parentOf(node));
        }
        if (colorOf(leftOf(sibling)) === BLACK && colorOf(rightOf(sibling)) === BLACK) {
          setColor(sibling, RED);
          node = parentOf(node);
        } else {
          if (colorOf(rightOf(sibling)) === BLACK) {
            setColor(leftOf(sibling), BLACK);
            setColor(sibling, RED);
            this.rotateRight(sibling);
            sibling = rightOf(parentOf(node));
          }
          setColor(sibling, colorOf(parentOf(node)));
          setColor(parentOf(node), BLACK);
          setColor(rightOf(sibling), BLACK);
          this.rotateLeft(parentOf(node));
          node = this.root;
        }
      } else {
        let sibling = leftOf(parentOf(node));
        if (colorOf(sibling) === RED) {
          setColor(sibling, BLACK);
          setColor(parentOf(node), RED);
          this.rotateRight(parentOf(node));
          sibling = leftOf(parentOf(node));
        }
        if (colorOf(rightOf(sibling)) === BLACK && colorOf(leftOf(sibling)) === BLACK) {
          setColor(sibling, RED);
          node = parentOf(node);
        } else {
          if (colorOf(leftOf(sibling)) === BLACK) {
            setColor(rightOf(sibling), BLACK);
            setColor(sibling, RED);
            this.rotateLeft(sibling);
            sibling = leftOf(parentOf(node));
          }
          setColor(sibling, colorOf(parentOf(node)));
          setColor(parentOf(node), BLACK);
          setColor(leftOf(sibling), BLACK);
          this.rotateRight(parentOf(node));
          node = this.root;
        }
      }
    }
    setColor(node, BLACK);
  }
}

class CallSign {
  constructor(value) {
    this.value = value;
  }

  compareTo(other) {
    return compareNumbers(this.value, other.value);
  }
}

class Aircraft {
  constructor(callSign, position) {
    this.callSign = callSign;
    this.position = position;
  }
}

class Collision {
  constructor(aircraftA, aircraftB, position) {
    this.aircraftA = aircraftA;
    this.aircraftB = aircraftB;
    this.position = position;
  }
}

const isInAirSpace = (position) => position.x >= MIN_X && position.x <= MAX_X
  && position.y >= MIN_Y && position.y <= MAX_Y
  && position.z >= MIN_Z && position.z <= MAX_Z;

// An aircraft's straight flight from its previous position to its current one during a
// frame, parameterized by time t in [0, 1].
class Motion {
  constructor(callSign, from, to) {
    this.callSign = callSign;
    this.from = from;
    this.to = to;
  }

  delta() {
    return this.to.minus(this.from);
  }

  // Where the two aircraft come within PROXIMITY_RADIUS during the frame (the midpoint
  // between them at the first such moment, or at the frame's start if they are already
  // that close), or null. Their distance squared is a quadratic a t^2 + b t + c in t; it
  // is at most the radius squared between the quadratic's roots.
  findIntersection(other) {
    const start1 = this.from;
    const start2 = other.from;
    const velocity1 = this.delta();
    const velocity2 = other.delta();
    const radius = PROXIMITY_RADIUS;
    const a = velocity2.minus(velocity1).squaredMagnitude();
    if (a === 0.0) {
      // Parallel flight: the distance never changes.
      if (start2.minus(start1).magnitude() <= radius) {
        return start1.plus(start2).times(0.5);
      }
      return null;
    }
    const b = 2.0 * start1.minus(start2).dot(velocity1.minus(velocity2));
    const c = start2.minus(start1).squaredMagnitude() - radius * radius;
    const discriminant = b * b - 4.0 * a * c;
    if (discriminant < 0.0) {
      return null;
    }
    const root = Math.sqrt(discriminant);
    const t1 = (-b - root) / (2.0 * a);
    const t2 = (-b + root) / (2.0 * a);
    // [t1, t2] must overlap the frame's [0, 1].
    if (!(t1 <= t2 && ((t1 <= 1.0 && 1.0 <= t2) || (t1 <= 0.0 && 0.0 <= t2) || (0.0 <= t1 && t2 <= 1.0)))) {
      return null;
    }
    const t = t1 <= 0.0 ? 0.0 : t1;
    const position1 = start1.plus(velocity1.times(t));
    const position2 = start2.plus(velocity2.times(t));
    const midpoint = position1.plus(position2).times(0.5);
    return isInAirSpace(midpoint) ? midpoint : null;
  }
}

// The voxel (its low corner) that holds a position.
const voxelHash = (position) => {
  const xDiv = (position.x / GOOD_VOXEL_SIZE) | 0;
  const yDiv = (position.y / GOOD_VOXEL_SIZE) | 0;
  let x = GOOD_VOXEL_SIZE * xDiv;
  let y = GOOD_VOXEL_SIZE * yDiv;
  if (position.x < 0) {
    x -= GOOD_VOXEL_SIZE;
  }
  if (position.y < 0) {
    y -= GOOD_VOXEL_SIZE;
  }
  return new Vector2D(x, y);
};

// Whether the motion, widened by half the proximity radius, passes through the voxel:
// per axis, the times t at which it is within the voxel's (widened) extent form an
// interval; the motion is in the voxel when the x and y intervals overlap each other and
// the frame's [0, 1]. An axis without movement is in the voxel always or never.
const isInVoxel = (voxel, motion) => {
  if (voxel.x > MAX_X || voxel.x < MIN_X || voxel.y > MAX_Y || voxel.y < MIN_Y) {
    return false;
  }
  const start = motion.from;
  const end = motion.to;
  const size = GOOD_VOXEL_SIZE;
  const margin = PROXIMITY_RADIUS / 2.0;

  const x0 = start.x;
  const xv = end.x - start.x;
  let lowX = (voxel.x - margin - x0) / xv;
  let highX = (voxel.x + size + margin - x0) / xv;
  if (xv < 0.0) {
    const swap = lowX;
    lowX = highX;
    highX = swap;
  }
  const y0 = start.y;
  const yv = end.y - start.y;
  let lowY = (voxel.y - margin - y0) / yv;
  let highY = (voxel.y + size + margin - y0) / yv;
  if (yv < 0.0) {
    const swap = lowY;
    lowY = highY;
    highY = swap;
  }
  const overlapsFrame = (low, high) => (low <= 1.0 && 1.0 <= high) || (low <= 0.0 && 0.0 <= high)
    || (0.0 <= low && high <= 1.0);
  const inX = (xv === 0.0 && voxel.x <= x0 + margin && x0 - margin <= voxel.x + size)
    || overlapsFrame(lowX, highX);
  const inY = (yv === 0.0 && voxel.y <= y0 + margin && y0 - margin <= voxel.y + size)
    || overlapsFrame(lowY, highY);
  const together = xv === 0.0 || yv === 0.0
    || (lowY <= highX && highX <= highY) || (lowY <= lowX && lowX <= highY)
    || (lowX <= lowY && highY <= highX);
  return inX && inY && together;
};

const HORIZONTAL = new Vector2D(GOOD_VOXEL_SIZE, 0.0);
const VERTICAL = new Vector2D(0.0, GOOD_VOXEL_SIZE);

class CollisionDetector {
  constructor() {
    // call sign -> position in the previous frame
    this.state = new RedBlackTree();
  }

  // The collisions during the frame that ends with these aircraft positions.
  handleNewFrame(frame) {
    const motions = [];
    const seen = new RedBlackTree();
    frame.forEach((aircraft) => {
      const previous = this.state.put(aircraft.callSign, aircraft.position);
      seen.put(aircraft.callSign, true);
      const from = previous === null ? aircraft.position : previous;
      motions.push(new Motion(aircraft.callSign, from, aircraft.position));
    });

    // Forget the aircraft that left.
    const gone = [];
    this.state.forEach((callSign) => {
      if (seen.get(callSign) === null) {
        gone.push(callSign);
      }
    });
    gone.forEach((callSign) => this.state.remove(callSign));

    const collisions = [];
    reduceCollisionSet(motions).forEach((candidates) => {
      for (let i = 0; i < candidates.length; i++) {
        const motion1 = candidates[i];
        for (let j = i + 1; j < candidates.length; j++) {
          const motion2 = candidates[j];
          const position = motion1.findIntersection(motion2);
          if (position !== null) {
            collisions.push(new Collision(motion1.callSign, motion2.callSign, position));
          }
        }
      }
    });
    return collisions;
  }
}

// The groups of motions that share a voxel: only these can collide.
const reduceCollisionSet = (motions) => {
  const voxelMap = new RedBlackTree();
  motions.forEach((motion) => drawMotionOnVoxelMap(voxelMap, motion));
  const groups = [];
  voxelMap.forEach((voxel, group) => {
    if (group.length > 1) {
      groups.push(group);
    }
  });
  return groups;
};

// Adds the motion to every voxel it passes through: a flood fill over the eight
// neighbours from the voxel of its start, stopping at voxels it misses.
const drawMotionOnVoxelMap = (voxelMap, motion) => {
  const visited = new RedBlackTree();
  const fill = (voxel) => {
    if (!isInVoxel(voxel, motion) || visited.put(voxel, true) !== null) {
      return;
    }
    const group = voxelMap.get(voxel);
    if (group === null) {
      voxelMap.put(voxel, [motion]);
    } else {
      group.push(motion);
    }
    fill(voxel.minus(HORIZONTAL));
    fill(voxel.plus(HORIZONTAL));
    fill(voxel.minus(VERTICAL));
    fill(voxel.plus(VERTICAL));
    fill(voxel.minus(HORIZONTAL).minus(VERTICAL));
    fill(voxel.minus(HORIZONTAL).plus(VERTICAL));
    fill(voxel.plus(HORIZONTAL).minus(VERTICAL));
    fill(voxel.plus(HORIZONTAL).plus(VERTICAL));
  };
  fill(voxelHash(motion.from));
};

// Aircraft fly in pairs along x = time, three units apart in y: one of a pair swings
// with cos(time), the other with sin(time), so they cross each other twice a period.
class Simulator {
  constructor(aircraftCount) {
    this.callSigns = [];
    for (let i = 0; i < aircraftCount; i++) {
      this.callSigns.push(new CallSign(i));
    }
  }

  simulate(time) {
    const frame = [];
    for (let i = 0; i < this.callSigns.length; i += 2) {
      frame.push(new Aircraft(this.callSigns[i], new Vector3D(time, Math.cos(time) * 2 + i * 3, 10.0)));
      if (i + 1 < this.callSigns.length) {
        frame.push(new Aircraft(this.callSigns[i + 1], new Vector3D(time, Math.sin(time) * 2 + i * 3, 10.0)));
      }
    }
    return frame;
  }
}

class CD extends Benchmark {
  innerBenchmarkLoop(innerIterations) {
    return this.verifyResult(this.collisionsFor(innerIterations), innerIterations);
  }

  collisionsFor(aircraftCount) {
    const simulator = new Simulator(aircraftCount);
    const detector = new CollisionDetector();
    let collisions = 0;
    for (let i = 0; i < FRAMES; i++) {
      const time = i / 10.0;
      collisions += detector.handleNewFrame(simulator.simulate(time)).length;
    }
    return collisions;
  }

  verifyResult(collisions, aircraftCount) {
    const known = COLLISIONS.find((entry) => entry[0] === aircraftCount);
    if (known === undefined) {
      console.log(`CD: no known collision count for ${aircraftCount} aircraft (computed ${collisions})`);
      return false;
    }
    return collisions === known[1];
  }
}

module.exports = { newInstance: () => new CD() };
