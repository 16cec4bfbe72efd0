/*
 * Havlak: the Java twin of benchmarks/js/havlak.js, loop recognition on a generated
 * control-flow graph with Havlak's algorithm ("Nesting of reducible and irreducible
 * loops", TOPLAS 1997).
 *
 * Algorithm: number the blocks in depth-first order; split each block's incoming
 * edges into back edges (from a descendant) and the rest; then, from the last block
 * to the first, collect the body of the loop headed there by walking predecessors
 * back from its back edges, collapsing each finished inner loop into its header
 * with union-find.
 * Verifies (for n = the inner iteration count): after n passes over a small graph,
 * then one over the large graph (which contains the small one) with the same loop
 * structure, it holds 1602 + 3n loops: the root, 3 per small pass and 1601 from
 * the large pass; and the large graph has 5213 blocks. (50 more passes over the
 * large graph, each into a fresh loop structure, are the bulk of the work.)
 *
 * JS arrays of numbers filled once (header, type, last) are int[] here; JS Sets are
 * LinkedHashSets, which iterate in insertion order as JS Sets do.
 */
package dev.kindling.benchmarks.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;

public final class Havlak extends Benchmark {

    static final class BasicBlock {
        final int name;
        final ArrayList<BasicBlock> inEdges = new ArrayList<>();
        final ArrayList<BasicBlock> outEdges = new ArrayList<>();

        BasicBlock(int name) {
            this.name = name;
        }

        int numPred() {
            return inEdges.size();
        }

        void addOutEdge(BasicBlock to) {
            outEdges.add(to);
        }

        void addInEdge(BasicBlock from) {
            inEdges.add(from);
        }
    }

    // An edge between the blocks named `fromName` and `toName`, made on creation.
    static final class BasicBlockEdge {
        final BasicBlock from;
        final BasicBlock to;

        BasicBlockEdge(ControlFlowGraph cfg, int fromName, int toName) {
            from = cfg.createNode(fromName);
            to = cfg.createNode(toName);
            from.addOutEdge(to);
            to.addInEdge(from);
            cfg.addEdge(this);
        }
    }

    // Blocks are named by consecutive integers, their index in basicBlockMap; the
    // first block made is the start.
    static final class ControlFlowGraph {
        final ArrayList<BasicBlock> basicBlockMap = new ArrayList<>();
        BasicBlock startNode = null;
        final ArrayList<BasicBlockEdge> edgeList = new ArrayList<>();

        BasicBlock createNode(int name) {
            BasicBlock node = name < basicBlockMap.size() ? basicBlockMap.get(name) : null;
            if (node == null) {
                node = new BasicBlock(name);
                while (basicBlockMap.size() <= name) {
                    basicBlockMap.add(null);
                }
                basicBlockMap.set(name, node);
            }
            if (startNode == null) {
                startNode = node;
            }
            return node;
        }

        void addEdge(BasicBlockEdge edge) {
            edgeList.add(edge);
        }

        int numNodes() {
            return basicBlockMap.size();
        }

        BasicBlock getStartBasicBlock() {
            return startNode;
        }

        ArrayList<BasicBlock> getBasicBlocks() {
            return basicBlockMap;
        }
    }

    // A loop: its header, its blocks other than inner loops' (whose headers stand for
    // them), its inner loops and its place in the loop nest.
    static final class SimpleLoop {
        int counter = 0;
        int depthLevel = 0;
        SimpleLoop parent = null;
        boolean isRoot = false;
        int nestingLevel = 0;
        final BasicBlock header;
        final boolean isReducible;
        final LinkedHashSet<BasicBlock> basicBlocks = new LinkedHashSet<>();
        final LinkedHashSet<SimpleLoop> children = new LinkedHashSet<>();

        SimpleLoop(BasicBlock bb, boolean isReducible) {
            this.header = bb;
            this.isReducible = isReducible;
            if (bb != null) {
                basicBlocks.add(bb);
            }
        }

        void addNode(BasicBlock bb) {
            basicBlocks.add(bb);
        }

        void addChildLoop(SimpleLoop loop) {
            children.add(loop);
        }

        void setParent(SimpleLoop parent) {
            this.parent = parent;
            parent.addChildLoop(this);
        }

        void setNestingLevel(int level) {
            nestingLevel = level;
            if (level == 0) {
                isRoot = true;
            }
        }
    }

    // All loops found, under a root loop that stands for the whole graph.
    static final class LoopStructureGraph {
        int loopCounter = 0;
        final ArrayList<SimpleLoop> loops = new ArrayList<>();
        final SimpleLoop root;

        LoopStructureGraph() {
            root = new SimpleLoop(null, true);
            root.setNestingLevel(0);
            root.counter = loopCounter++;
            loops.add(root);
        }

        SimpleLoop createNewLoop(BasicBlock bb, boolean isReducible) {
            SimpleLoop loop = new SimpleLoop(bb, isReducible);
            loop.counter = loopCounter++;
            loops.add(loop);
            return loop;
        }

        // Hangs outermost loops under the root, then sets depths (from the root) and
        // nesting levels (from the innermost loops).
        void calculateNestingLevel() {
            loops.forEach(loop -> {
                if (!loop.isRoot && loop.parent == null) {
                    loop.setParent(root);
                }
            });
            calculateNestingLevelRec(root, 0);
        }

        void calculateNestingLevelRec(SimpleLoop loop, int depth) {
            loop.depthLevel = depth;
            loop.children.forEach(child -> {
                calculateNestingLevelRec(child, depth + 1);
                loop.setNestingLevel(Math.max(loop.nestingLevel, 1 + child.nestingLevel));
            });
        }

        int numLoops() {
            return loops.size();
        }
    }

    // A block's node in the union-find forest; a set is a loop collapsed into its header.
    static final class UnionFindNode {
        UnionFindNode parent = null;
        BasicBlock bb = null;
        int dfsNumber = 0;
        SimpleLoop loop = null;

        void initNode(BasicBlock bb, int dfsNumber) {
            this.parent = this;
            this.bb = bb;
            this.dfsNumber = dfsNumber;
            this.loop = null;
        }

        // The set's representative, with path compression: every node passed on the way
        // is re-pointed at the representative.
        UnionFindNode findSet() {
            ArrayList<UnionFindNode> nodeList = new ArrayList<>();
            UnionFindNode node = this;
            while (node != node.parent) {
                if (node.parent != node.parent.parent) {
                    nodeList.add(node);
                }
                node = node.parent;
            }
            UnionFindNode representative = node;
            nodeList.forEach(n -> n.parent = representative.parent);
            return node;
        }

        void union(UnionFindNode unionFindNode) {
            parent = unionFindNode;
        }
    }

    // The kinds of block, as the loop finder classifies them.
    static final int BB_NONHEADER = 1; // a regular block
    static final int BB_REDUCIBLE = 2; // the header of a reducible loop
    static final int BB_SELF = 3; // a block with an edge to itself
    static final int BB_IRREDUCIBLE = 4; // the header of an irreducible loop
    static final int BB_DEAD = 5; // a block the depth-first search did not reach

    // The dfs number of a block not (yet) reached.
    static final int UNVISITED = Integer.MAX_VALUE;
    // Beyond this many non-back predecessors, the finder gives up (as Havlak's does).
    static final int MAXNONBACKPREDS = 32 * 1024;

    static final class HavlakLoopFinder {
        final ControlFlowGraph cfg;
        final LoopStructureGraph lsg;
        final ArrayList<LinkedHashSet<Integer>> nonBackPreds = new ArrayList<>();
        final ArrayList<ArrayList<Integer>> backPreds = new ArrayList<>();
        final HashMap<BasicBlock, Integer> number = new HashMap<>();
        int[] header;
        int[] type;
        int[] last;
        ArrayList<UnionFindNode> nodes;

        HavlakLoopFinder(ControlFlowGraph cfg, LoopStructureGraph lsg) {
            this.cfg = cfg;
            this.lsg = lsg;
        }

        // w is an ancestor of v in the depth-first tree: v lies in w's numbering range.
        boolean isAncestor(int w, int v) {
            return w <= v && v <= last[w];
        }

        // Numbers the blocks reachable from `currentNode` from `current` on; returns the
        // last number given.
        int doDFS(BasicBlock currentNode, int current) {
            nodes.get(current).initNode(currentNode, current);
            number.put(currentNode, current);
            int lastId = current;
            ArrayList<BasicBlock> outerBlocks = currentNode.outEdges;
            for (int i = 0; i < outerBlocks.size(); i++) {
                BasicBlock target = outerBlocks.get(i);
                if (number.get(target) == UNVISITED) {
                    lastId = doDFS(target, lastId + 1);
                }
            }
            last[current] = lastId;
            return lastId;
        }

        void initAllNodes() {
            cfg.getBasicBlocks().forEach(bb -> number.put(bb, UNVISITED));
            doDFS(cfg.getStartBasicBlock(), 0);
        }

        void identifyEdges(int size) {
            for (int w = 0; w < size; w++) {
                header[w] = 0;
                type[w] = BB_NONHEADER;
                BasicBlock nodeW = nodes.get(w).bb;
                if (nodeW == null) {
                    type[w] = BB_DEAD;
                } else {
                    processEdges(nodeW, w);
                }
            }
        }

        void processEdges(BasicBlock nodeW, int w) {
            if (nodeW.numPred() > 0) {
                nodeW.inEdges.forEach(nodeV -> {
                    int v = number.get(nodeV);
                    if (v != UNVISITED) {
                        if (isAncestor(w, v)) {
                            backPreds.get(w).add(v);
                        } else {
                            nonBackPreds.get(w).add(v);
                        }
                    }
                });
            }
        }

        void findLoops() {
            if (cfg.getStartBasicBlock() == null) {
                return;
            }
            int size = cfg.numNodes();
            header = new int[size];
            type = new int[size];
            last = new int[size];
            nodes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                nonBackPreds.add(new LinkedHashSet<>());
                backPreds.add(new ArrayList<>());
                nodes.add(new UnionFindNode());
            }

            initAllNodes();
            identifyEdges(size);
            header[0] = 0;

            // Innermost loops first: a header has a higher dfs number than any header of
            // a loop around it.
            for (int w = size - 1; w >= 0; w--) {
                ArrayList<UnionFindNode> nodePool = new ArrayList<>();
                BasicBlock nodeW = nodes.get(w).bb;
                if (nodeW != null) {
                    stepD(w, nodePool);

                    ArrayList<UnionFindNode> workList = new ArrayList<>(nodePool);
                    int head = 0;
                    if (nodePool.size() != 0) {
                        type[w] = BB_REDUCIBLE;
                    }
                    while (head < workList.size()) {
                        UnionFindNode x = workList.get(head);
                        head++;
                        if (nonBackPreds.get(x.dfsNumber).size() > MAXNONBACKPREDS) {
                            return;
                        }
                        stepEProcessNonBackPreds(w, nodePool, workList, x);
                    }

                    if (nodePool.size() > 0 || type[w] == BB_SELF) {
                        SimpleLoop loop = lsg.createNewLoop(nodeW, type[w] != BB_IRREDUCIBLE);
                        setLoopAttributes(w, nodePool, loop);
                    }
                }
            }
        }

        // Step d: the sources of w's back edges (as their collapsed sets) start w's loop.
        void stepD(int w, ArrayList<UnionFindNode> nodePool) {
            backPreds.get(w).forEach(v -> {
                if (v != w) {
                    nodePool.add(nodes.get(v).findSet());
                } else {
                    type[w] = BB_SELF;
                }
            });
        }

        // Step e: a non-back predecessor of a loop block is in the loop too, unless it lies
        // outside w's depth-first subtree: then the loop has a second entry (irreducible).
        void stepEProcessNonBackPreds(int w, ArrayList<UnionFindNode> nodePool,
                ArrayList<UnionFindNode> workList, UnionFindNode x) {
            nonBackPreds.get(x.dfsNumber).forEach(iter -> {
                UnionFindNode y = nodes.get(iter);
                UnionFindNode ydash = y.findSet();
                if (!isAncestor(w, ydash.dfsNumber)) {
                    type[w] = BB_IRREDUCIBLE;
                    nonBackPreds.get(w).add(ydash.dfsNumber);
                } else if (ydash.dfsNumber != w && !nodePool.contains(ydash)) {
                    workList.add(ydash);
                    nodePool.add(ydash);
                }
            });
        }

        // Collapses the loop's blocks into w; inner loops found become its children.
        void setLoopAttributes(int w, ArrayList<UnionFindNode> nodePool, SimpleLoop loop) {
            nodes.get(w).loop = loop;
            nodePool.forEach(node -> {
                header[node.dfsNumber] = w;
                node.union(nodes.get(w));
                if (node.loop != null) {
                    node.loop.setParent(loop);
                } else {
                    loop.addNode(node.bb);
                }
            });
        }
    }

    // Builds the graph: a small one of nested loops, then a large one of many loop
    // trees, and runs the loop finder over them.
    static final class LoopTesterApp {
        final ControlFlowGraph cfg = new ControlFlowGraph();
        final LoopStructureGraph lsg = new LoopStructureGraph();

        LoopTesterApp() {
            cfg.createNode(0);
        }

        // Runs the finder numDummyLoops times over the small graph, then
        // 1 + findLoopIterations times over the large one; returns
        // {number of loops recorded in lsg, number of blocks}.
        int[] main(int numDummyLoops, int findLoopIterations, int parLoops, int pparLoops,
                int ppparLoops) {
            constructSimpleCFG();
            addDummyLoops(numDummyLoops);
            constructCFG(parLoops, pparLoops, ppparLoops);
            findLoops(lsg);
            for (int i = 0; i < findLoopIterations; i++) {
                findLoops(new LoopStructureGraph());
            }
            lsg.calculateNestingLevel();
            return new int[] {lsg.numLoops(), cfg.numNodes()};
        }

        void constructCFG(int parLoops, int pparLoops, int ppparLoops) {
            int n = 2;
            for (int parlooptrees = 0; parlooptrees < parLoops; parlooptrees++) {
                cfg.createNode(n + 1);
                buildConnect(2, n + 1);
                n = n + 1;
                for (int i = 0; i < pparLoops; i++) {
                    int top = n;
                    n = buildStraight(n, 1);
                    for (int j = 0; j < ppparLoops; j++) {
                        n = buildBaseLoop(n);
                    }
                    int bottom = buildStraight(n, 1);
                    buildConnect(n, top);
                    n = bottom;
                }
                buildConnect(n, 1);
            }
        }

        void addDummyLoops(int numDummyLoops) {
            for (int dummyloop = 0; dummyloop < numDummyLoops; dummyloop++) {
                findLoops(lsg);
            }
        }

        void findLoops(LoopStructureGraph loopStructure) {
            HavlakLoopFinder finder = new HavlakLoopFinder(cfg, loopStructure);
            finder.findLoops();
        }

        int buildDiamond(int start) {
            int bb0 = start;
            new BasicBlockEdge(cfg, bb0, bb0 + 1);
            new BasicBlockEdge(cfg, bb0, bb0 + 2);
            new BasicBlockEdge(cfg, bb0 + 1, bb0 + 3);
            new BasicBlockEdge(cfg, bb0 + 2, bb0 + 3);
            return bb0 + 3;
        }

        void buildConnect(int start, int end) {
            new BasicBlockEdge(cfg, start, end);
        }

        int buildStraight(int start, int n) {
            for (int i = 0; i < n; i++) {
                buildConnect(start + i, start + i + 1);
            }
            return start + n;
        }

        // A loop holding two diamonds, the second inside its own loop.
        int buildBaseLoop(int from) {
            int header = buildStraight(from, 1);
            int diamond1 = buildDiamond(header);
            int d11 = buildStraight(diamond1, 1);
            int diamond2 = buildDiamond(d11);
            int footer = buildStraight(diamond2, 1);
            buildConnect(diamond2, d11);
            buildConnect(diamond1, header);
            buildConnect(footer, from);
            footer = buildStraight(footer, 1);
            return footer;
        }

        void constructSimpleCFG() {
            cfg.createNode(0);
            buildBaseLoop(0);
            cfg.createNode(1);
            new BasicBlockEdge(cfg, 0, 2);
        }
    }

    @Override
    public boolean innerBenchmarkLoop(int innerIterations) {
        int[] result = new LoopTesterApp().main(innerIterations, 50, 10, 10, 5);
        return result[0] == 1602 + 3 * innerIterations && result[1] == 5213;
    }
}
