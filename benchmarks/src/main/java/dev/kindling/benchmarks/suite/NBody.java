/*
 * Java twin of benchmarks/js/nbody.js: the Sun and the four gas giants advanced by a
 * fixed-step symplectic Euler integrator, reporting the total energy afterwards.
 *
 * Assumes: the inner iteration count is the number of steps.
 * Guarantees: the same doubles as the JS program, operation for operation (Java's
 * Math.sqrt and double arithmetic are IEEE 754 round-to-nearest, as JS's are), so the
 * energy table below is the JS program's; steps the table does not list are refused.
 */
package dev.kindling.benchmarks.suite;

public final class NBody extends Benchmark {
    private static final double PI = 3.141592653589793;
    private static final double SOLAR_MASS = 4 * PI * PI;
    private static final double DAYS_PER_YEAR = 365.24;
    private static final double TIME_STEP = 0.01;

    /** {steps, energy after them}, as in the JS program. */
    private static final double[][] ENERGIES = {
        {1, -0.16907495402506745},
        {10, -0.16907302171469984},
        {100, -0.1690507623824094},
        {1000, -0.169087605234606},
        {10000, -0.16901644126443094},
        {100000, -0.16907985939165887},
        {250000, -0.1690859889909308},
    };

    static final class Body {
        double x;
        double y;
        double z;
        double vx;
        double vy;
        double vz;
        final double mass;

        Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.vx = vx * DAYS_PER_YEAR;
            this.vy = vy * DAYS_PER_YEAR;
            this.vz = vz * DAYS_PER_YEAR;
            this.mass = mass * SOLAR_MASS;
        }

        void offsetMomentum(double px, double py, double pz) {
            vx = 0.0 - px / SOLAR_MASS;
            vy = 0.0 - py / SOLAR_MASS;
            vz = 0.0 - pz / SOLAR_MASS;
        }

        static Body sun() {
            return new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
        }

        static Body jupiter() {
            return new Body(
                    4.8414314424647209, -1.16032004402742839, -0.103622044471123109,
                    1.66007664274403694e-3, 7.69901118419740425e-3, -6.90460016972063023e-5,
                    9.54791938424326609e-4);
        }

        static Body saturn() {
            return new Body(
                    8.34336671824457987, 4.12479856412430479, -0.403523417114321381,
                    -2.76742510726862411e-3, 4.99852801234917238e-3, 2.30417297573763929e-5,
                    2.85885980666130812e-4);
        }

        static Body uranus() {
            return new Body(
                    12.894369562139131, -15.1111514016986312, -0.223307578892655734,
                    2.96460137564761618e-3, 2.37847173959480950e-3, -2.96589568540237556e-5,
                    4.36624404335156298e-5);
        }

        static Body neptune() {
            return new Body(
                    15.3796971148509165, -25.9193146099879641, 0.179258772950371181,
                    2.68067772490389322e-3, 1.62824170038242295e-3, -9.51592254519715870e-5,
                    5.15138902046611451e-5);
        }
    }

    static final class NBodySystem {
        final Body[] bodies = {Body.sun(), Body.jupiter(), Body.saturn(), Body.uranus(), Body.neptune()};

        NBodySystem() {
            double px = 0.0;
            double py = 0.0;
            double pz = 0.0;
            for (Body body : bodies) {
                px += body.vx * body.mass;
                py += body.vy * body.mass;
                pz += body.vz * body.mass;
            }
            bodies[0].offsetMomentum(px, py, pz);
        }

        void advance(double dt) {
            for (int i = 0; i < bodies.length; i++) {
                Body a = bodies[i];
                for (int j = i + 1; j < bodies.length; j++) {
                    Body b = bodies[j];
                    double dx = a.x - b.x;
                    double dy = a.y - b.y;
                    double dz = a.z - b.z;
                    double distanceSquared = dx * dx + dy * dy + dz * dz;
                    double distance = Math.sqrt(distanceSquared);
                    double magnitude = dt / (distanceSquared * distance);
                    a.vx -= dx * b.mass * magnitude;
                    a.vy -= dy * b.mass * magnitude;
                    a.vz -= dz * b.mass * magnitude;
                    b.vx += dx * a.mass * magnitude;
                    b.vy += dy * a.mass * magnitude;
                    b.vz += dz * a.mass * magnitude;
                }
            }
            for (Body body : bodies) {
                body.x += dt * body.vx;
                body.y += dt * body.vy;
                body.z += dt * body.vz;
            }
        }

        double energy() {
            double e = 0.0;
            for (int i = 0; i < bodies.length; i++) {
                Body a = bodies[i];
                e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
                for (int j = i + 1; j < bodies.length; j++) {
                    Body b = bodies[j];
                    double dx = a.x - b.x;
                    double dy = a.y - b.y;
                    double dz = a.z - b.z;
                    e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
                }
            }
            return e;
        }
    }

    @Override
    public boolean innerBenchmarkLoop(int innerIterations) {
        NBodySystem system = new NBodySystem();
        for (int i = 0; i < innerIterations; i++) {
            system.advance(TIME_STEP);
        }
        return verifyResult(system.energy(), innerIterations);
    }

    boolean verifyResult(double energy, int steps) {
        for (double[] known : ENERGIES) {
            if (known[0] == steps) {
                return energy == known[1];
            }
        }
        System.out.println("NBody: no known energy after " + steps + " steps (computed " + energy + ")");
        return false;
    }
}
