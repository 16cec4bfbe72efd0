// Havlak: finds the loops of a generated control-flow graph (a suite program),
// with Havlak's algorithm ("Nesting of reducible and irreducible loops", TOPLAS 1997).
//
// Algorithm: number the blocks in depth-first order; split each block's incoming
// edges into back edges (from a descendant) and the rest; then, from the last block
// to the first, collect the body of the loop headed there by walking predecessors
// back from its back edges, collapsing each finished inner loop into its header
// with union-find.
// Verifies (for n = the inner iteration count): after n passes over a small graph,
// then one over the large graph (which contains the small one) with the same loop
// structure, it holds 1602 + 3n loops: the root, 3 per small pass and 1601 from
// the large pass; and the large graph has 5213 blocks. (50 more passes over the
// large graph, each into a fresh loop structure, are the bulk of the work.)
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

class BasicBlock {
  constructor(name) {
    this.name = name;
    this.inEdges = [];
    this.outEdges = [];
  }

  numPred() {
    return this.inEdges.length;
  }

  addOutEdge(to) {
    this.outEdges.push(to);
  }

  addInEdge(from) {
    this.inEdges.push(from);
  }
}

// An edge between the blocks named `fromName` and `toName`, made on creation.
class BasicBlockEdge {
  constructor(cfg, fromName, toName) {
    this.from = cfg.createNode(fromName);
    this.to = cfg.createNode(toName);
    this.from.addOutEdge(this.to);
    this.to.addInEdge(this.from);
    cfg.addEdge(this);
  }
}

// Blocks are named by consecutive integers, their index in basicBlockMap; the
// first block made is the start.
class ControlFlowGraph {
  constructor() {
    this.basicBlockMap = [];
    this.startNode = null;
    this.edgeList = [];
  }

  createNode(name) {
    let node = this.basicBlockMap[name];
    if (node === undefined) {
      node = new BasicBlock(name);
      this.basicBlockMap[name] = node;
    }
    if (this.startNode === null) {
      this.startNode = node;
    }
    return node;
  }

  addEdge(edge) {
    this.edgeList.push(edge);
  }

  numNodes() {
    return this.basicBlockMap.length;
  }

  getStartBasicBlock() {
    return this.startNode;
  }

  getBasicBlocks() {
    return this.basicBlockMap;
  }
}

// A loop: its header, its blocks other than inner loops' (whose headers stand for
// them), its inner loops and its place in the loop nest.
class SimpleLoop {
  constructor(bb, isReducible) {
    this.counter = 0;
    this.depthLevel = 0;
    this.parent = null;
    this.isRoot = false;
    this.nestingLevel = 0;
    this.header = bb;
    this.isReducible = isReducible;
    this.basicBlocks = new Set();
    this.children = new Set();
    if (bb !== null) {
      this.basicBlocks.add(bb);
    }
  }

  addNode(bb) {
    this.basicBlocks.add(bb);
  }

  addChildLoop(loop) {
    this.children.add(loop);
  }

  setParent(parent) {
    this.parent = parent;
    parent.addChildLoop(this);
  }

  setNestingLevel(level) {
    this.nestingLevel = level;
    if (level === 0) {
      this.isRoot = true;
    }
  }
}

// All loops found, under a root loop that stands for the whole graph.
class LoopStructureGraph {
  constructor() {
    this.loopCounter = 0;
    this.loops = [];
    this.root = new SimpleLoop(null, true);
    this.root.setNestingLevel(0);
    this.root.counter = this.loopCounter++;
    this.loops.push(this.root);
  }

  createNewLoop(bb, isReducible) {
    const loop = new SimpleLoop(bb, isReducible);
    loop.counter = this.loopCounter++;
    this.loops.push(loop);
    return loop;
  }

  // Hangs outermost loops under the root, then sets depths (from the root) and
  // nesting levels (from the innermost loops).
  calculateNestingLevel() {
    this.loops.forEach((loop) => {
      if (!loop.isRoot && loop.parent === null) {
        loop.setParent(this.root);
      }
    });
    this.calculateNestingLevelRec(this.root, 0);
  }

  calculateNestingLevelRec(loop, depth) {
    loop.depthLevel = depth;
    loop.children.forEach((child) => {
      this.calculateNestingLevelRec(child, depth + 1);
      loop.setNestingLevel(Math.max(loop.nestingLevel, 1 + child.nestingLevel));
    });
  }

  numLoops() {
    return this.loops.length;
  }
}

// A block's node in the union-find forest; a set is a loop collapsed into its header.
class UnionFindNode {
  constructor() {
    this.parent = null;
    this.bb = null;
    this.dfsNumber = 0;
    this.loop = null;
  }

  initNode(bb, dfsNumber) {
    this.parent = this;
    this.bb = bb;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  // The set's representative, with path compression: every node passed on the way
  // is re-pointed at the representative.
  findSet() {
    const nodeList = [];
    let node = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) {
        nodeList.push(node);
      }
      node = node.parent;
    }
    nodeList.forEach((n) => {
      n.parent = node.parent;
    });
    return node;
  }

  union(unionFindNode) {
    this.parent = unionFindNode;
  }
}

// The kinds of block, as the loop finder classifies them.
const BB_NONHEADER = 1; // a regular block
const BB_REDUCIBLE = 2; // the header of a reducible loop
const BB_SELF = 3; // a block with an edge to itself
const BB_IRREDUCIBLE = 4; // the header of an irreducible loop
const BB_DEAD = 5; // a block the depth-first search did not reach

// The dfs number of a block not (yet) reached.
const UNVISITED = 2147483647;
// Beyond this many non-back predecessors, the finder gives up (as Havlak's does).
const MAXNONBACKPREDS = 32 * 1024;

class HavlakLoopFinder {
  constructor(cfg, lsg) {
    this.cfg = cfg;
    this.lsg = lsg;
    this.nonBackPreds = [];
    this.backPreds = [];
    this.number = new Map();
    this.header = null;
    this.type = null;
    this.last = null;
    this.nodes = null;
  }

  // w is an ancestor of v in the depth-first tree: v lies in w's numbering range.
  isAncestor(w, v) {
    return w <= v && v <= this.last[w];
  }

  // Numbers the blocks reachable from `currentNode` from `current` on; returns the
  // last number given.
  doDFS(currentNode, current) {
    this.nodes[current].initNode(currentNode, current);
    this.number.set(currentNode, current);
    let lastId = current;
    const outerBlocks = currentNode.outEdges;
    for (let i = 0; i < outerBlocks.length; i++) {
      const target = outerBlocks[i];
      if (this.number.get(target) === UNVISITED) {
        lastId = this.doDFS(target, lastId + 1);
      }
    }
    this.last[current] = lastId;
    return lastId;
  }

  initAllNodes() {
    this.cfg.getBasicBlocks().forEach((bb) => {
      this.number.set(bb, UNVISITED);
    });
    this.doDFS(this.cfg.getStartBasicBlock(), 0);
  }

  identifyEdges(size) {
    for (let w = 0; w < size; w++) {
      this.header[w] = 0;
      this.type[w] = BB_NONHEADER;
      const nodeW = this.nodes[w].bb;
      if (nodeW === null) {
        this.type[w] = BB_DEAD;
      } else {
        this.processEdges(nodeW, w);
      }
    }
  }

  processEdges(nodeW, w) {
    if (nodeW.numPred() > 0) {
      nodeW.inEdges.forEach((nodeV) => {
        const v = this.number.get(nodeV);
        if (v !== UNVISITED) {
          if (this.isAncestor(w, v)) {
            this.backPreds[w].push(v);
          } else {
            this.nonBackPreds[w].add(v);
          }
        }
      });
    }
  }

  findLoops() {
    if (this.cfg.getStartBasicBlock() === null) {
      return;
    }
    const size = this.cfg.numNodes();
    this.header = new Array(size).fill(0);
    this.type = new Array(size).fill(0);
    this.last = new Array(size).fill(0);
    this.nodes = [];
    for (let i = 0; i < size; i++) {
      this.nonBackPreds.push(new Set());
      this.backPreds.push([]);
      this.nodes.push(new UnionFindNode());
    }

    this.initAllNodes();
    this.identifyEdges(size);
    this.header[0] = 0;

    // Innermost loops first: a header has a higher dfs number than any header of
    // a loop around it.
    for (let w = size - 1; w >= 0; w--) {
      const nodePool = [];
      const nodeW = this.nodes[w].bb;
      if (nodeW !== null) {
        this.stepD(w, nodePool);

        const workList = [...nodePool];
        let head = 0;
        if (nodePool.length !== 0) {
          this.type[w] = BB_REDUCIBLE;
        }
        while (head < workList.length) {
          const x = workList[head];
          head++;
          if (this.nonBackPreds[x.dfsNumber].size > MAXNONBACKPREDS) {
            return;
          }
          this.stepEProcessNonBackPreds(w, nodePool, workList, x);
        }

        if (nodePool.length > 0 || this.type[w] === BB_SELF) {
          const loop = this.lsg.createNewLoop(nodeW, this.type[w] !== BB_IRREDUCIBLE);
          this.setLoopAttributes(w, nodePool, loop);
        }
      }
    }
  }

  // Step d: the sources of w's back edges (as their collapsed sets) start w's loop.
  stepD(w, nodePool) {
    this.backPreds[w].forEach((v) => {
      if (v !== w) {
        nodePool.push(this.nodes[v].findSet());
      } else {
        this.type[w] = BB_SELF;
      }
    });
  }

  // Step e: a non-back predecessor of a loop block is in the loop too, unless it lies
  // outside w's depth-first subtree: then the loop has a second entry (irreducible).
  stepEProcessNonBackPreds(w, nodePool, workList, x) {
    this.nonBackPreds[x.dfsNumber].forEach((iter) => {
      const y = this.nodes[iter];
      const ydash = y.findSet();
      if (!this.isAncestor(w, ydash.dfsNumber)) {
        this.type[w] = BB_IRREDUCIBLE;
        this.nonBackPreds[w].add(ydash.dfsNumber);
      } else if (ydash.dfsNumber !== w && !nodePool.includes(ydash)) {
        workList.push(ydash);
        nodePool.push(ydash);
      }
    });
  }

  // Collapses the loop's blocks into w; inner loops found become its children.
  setLoopAttributes(w, nodePool, loop) {
    this.nodes[w].loop = loop;
    nodePool.forEach((node) => {
      this.header[node.dfsNumber] = w;
      node.union(this.nodes[w]);
      if (node.loop !== null) {
        node.loop.setParent(loop);
      } else {
        loop.addNode(node.bb);
      }
    });
  }
}

// Builds the graph: a small one of nested loops, then a large one of many loop
// trees, and runs the loop finder over them.
class LoopTesterApp {
  constructor() {
    this.cfg = new ControlFlowGraph();
    this.lsg = new LoopStructureGraph();
    this.cfg.createNode(0);
  }

  // Runs the finder numDummyLoops times over the small graph, then
  // 1 + findLoopIterations times over the large one; returns
  // [number of loops recorded in this.lsg, number of blocks].
  main(numDummyLoops, findLoopIterations, parLoops, pparLoops, ppparLoops) {
    this.constructSimpleCFG();
    this.addDummyLoops(numDummyLoops);
    this.constructCFG(parLoops, pparLoops, ppparLoops);
    this.findLoops(this.lsg);
    for (let i = 0; i < findLoopIterations; i++) {
      this.findLoops(new LoopStructureGraph());
    }
    this.lsg.calculateNestingLevel();
    return [this.lsg.numLoops(), this.cfg.numNodes()];
  }

  constructCFG(parLoops, pparLoops, ppparLoops) {
    let n = 2;
    for (let parlooptrees = 0; parlooptrees < parLoops; parlooptrees++) {
      this.cfg.createNode(n + 1);
      this.buildConnect(2, n + 1);
      n = n + 1;
      for (let i = 0; i < pparLoops; i++) {
        const top = n;
        n = this.buildStraight(n, 1);
        for (let j = 0; j < ppparLoops; j++) {
          n = this.buildBaseLoop(n);
        }
        const bottom = this.buildStraight(n, 1);
        this.buildConnect(n, top);
        n = bottom;
      }
      this.buildConnect(n, 1);
    }
  }

  addDummyLoops(numDummyLoops) {
    for (let dummyloop = 0; dummyloop < numDummyLoops; dummyloop++) {
      this.findLoops(this.lsg);
    }
  }

  findLoops(loopStructure) {
    const finder = new HavlakLoopFinder(this.cfg, loopStructure);
    finder.findLoops();
  }

  buildDiamond(start) {
    const bb0 = start;
    new BasicBlockEdge(this.cfg, bb0, bb0 + 1);
    new BasicBlockEdge(this.cfg, bb0, bb0 + 2);
    new BasicBlockEdge(this.cfg, bb0 + 1, bb0 + 3);
    new BasicBlockEdge(this.cfg, bb0 + 2, bb0 + 3);
    return bb0 + 3;
  }

  buildConnect(start, end) {
    new BasicBlockEdge(this.cfg, start, end);
  }

  buildStraight(start, n) {
    for (let i = 0; i < n; i++) {
      this.buildConnect(start + i, start + i + 1);
    }
    return start + n;
  }

  // A loop holding two diamonds, the second inside its own loop.
  buildBaseLoop(from) {
    const header = this.buildStraight(from, 1);
    const diamond1 = this.buildDiamond(header);
    const d11 = this.buildStraight(diamond1, 1);
    const diamond2 = this.buildDiamond(d11);
    let footer = this.buildStraight(diamond2, 1);
    this.buildConnect(diamond2, d11);
    this.buildConnect(diamond1, header);
    this.buildConnect(footer, from);
    footer = this.buildStraight(footer, 1);
    return footer;
  }

  constructSimpleCFG() {
    this.cfg.createNode(0);
    this.buildBaseLoop(0);
    this.cfg.createNode(1);
    new BasicBlockEdge(this.cfg, 0, 2);
  }
}

class Havlak extends Benchmark {
  innerBenchmarkLoop(innerIterations) {
    const result = new LoopTesterApp().main(innerIterations, 50, 10, 10, 5);
    return result[0] === 1602 + 3 * innerIterations && result[1] === 5213;
  }
}

module.exports = { newInstance: () => new Havlak(), LoopTesterApp };
