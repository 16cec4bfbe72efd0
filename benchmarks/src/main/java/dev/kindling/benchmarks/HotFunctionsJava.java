/*
 * The hand-written Java twins of benchmarks/js/hot/functions.js: the same work, with the
 * data structures Java would use (a class per object layout, int[] and double[] arrays), so
 * HotFunctionBenchmark's `java` mode shows what the JVM's JIT makes of it. twin(name) makes
 * a twin's arguments once and returns the call to time.
 */
package dev.kindling.benchmarks;

import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

final class HotFunctionsJava {
    private static final int N = 1000;

    private HotFunctionsJava() {
    }

    /** The twin of the JS export `name`, its arguments already made. */
    static Supplier<Object> twin(String name) {
        switch (name) {
            case "intLoop":
                return () -> intLoop(N);
            case "doubleLoop":
                return () -> doubleLoop(N);
            case "propertyOneShape": {
                Point[] points = points(1, 100);
                return () -> sumXY(points);
            }
            case "propertyFourShapes": {
                Point[] points = points(4, 100);
                return () -> sumXY(points);
            }
            case "propertyEightShapes": {
                Point[] points = points(8, 100);
                return () -> sumXY(points);
            }
            case "functionCall":
                return () -> functionCall(N);
            case "methodCall": {
                Counter counter = new Counter();
                return () -> methodCall(counter, N);
            }
            case "recursiveCall":
                return () -> fib(20);
            case "closureCall": {
                IntUnaryOperator add = makeAdder(3);
                return () -> closureCall(add, N);
            }
            case "sumSmiArray": {
                int[] values = new int[N];
                for (int i = 0; i < N; i++) {
                    values[i] = i;
                }
                return () -> sumArray(values);
            }
            case "sumDoubleArray": {
                double[] values = new double[N];
                for (int i = 0; i < N; i++) {
                    values[i] = i + 0.5;
                }
                return () -> sumArray(values);
            }
            case "stringBuild":
                return () -> stringBuild(100);
            default:
                throw new IllegalArgumentException("no hot function named '" + name + "'");
        }
    }

    static int intLoop(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = s + i * 3;
        }
        return s;
    }

    static double doubleLoop(int n) {
        double x = 0.5;
        for (int i = 0; i < n; i++) {
            x = x * 0.999 + 0.25;
        }
        return x;
    }

    /** The JS objects' layouts: one class per hidden class, x and y in the common base. */
    static class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    static final class PointA extends Point {
        int a;

        PointA(int x, int y) {
            super(x, y);
        }
    }

    static final class PointAB extends Point {
        int a;
        int b;

        PointAB(int x, int y) {
            super(x, y);
        }
    }

    static final class PointABC extends Point {
        int a;
        int b;
        int c;

        PointABC(int x, int y) {
            super(x, y);
        }
    }

    static Point[] points(int shapes, int count) {
        Point[] points = new Point[count];
        for (int i = 0; i < count; i++) {
            // Java has no per-object layouts to grow: four classes stand for the JS shapes
            // (eight would not change what the JIT does with a load from the base class).
            points[i] = switch (i % shapes % 4) {
                case 0 -> new Point(i, 1);
                case 1 -> new PointA(i, 1);
                case 2 -> new PointAB(i, 1);
                default -> new PointABC(i, 1);
            };
        }
        return points;
    }

    static int sumXY(Point[] objects) {
        int s = 0;
        for (Point o : objects) {
            s = s + o.x + o.y;
        }
        return s;
    }

    static int mix(int a, int b) {
        return (a * 31 + b) & 65535;
    }

    static int functionCall(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = mix(s, i);
        }
        return s;
    }

    static final class Counter {
        int count;

        int step(int by) {
            count = (count + by) & 1023;
            return count;
        }
    }

    static int methodCall(Counter counter, int n) {
        counter.count = 0;
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = s + counter.step(i);
        }
        return s;
    }

    static IntUnaryOperator makeAdder(int k) {
        return v -> v + k;
    }

    static int closureCall(IntUnaryOperator add, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = add.applyAsInt(s);
        }
        return s;
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int sumArray(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    static double sumArray(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    static String stringBuild(int n) {
        String s = "";
        for (int i = 0; i < n; i++) {
            s += i % 10;
        }
        return s;
    }
}
