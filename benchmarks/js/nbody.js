// NBody: the Sun and the four gas giants as point masses, advanced by a fixed-step
// symplectic Euler integrator; the result is the system's total energy afterwards. The
// initial state is the well-known one of the Computer Language Benchmarks Game (positions
// in AU, velocities in AU/day scaled to AU/year, masses in solar masses times 4*pi^2).
//
// What it exercises: double arithmetic and field loads/stores on a handful of objects of
// one shape, in a doubly nested loop over body pairs; Math.sqrt.
// Assumes: the inner iteration count given to innerBenchmarkLoop is the number of steps.
// Guarantees: before the first step the Sun's velocity is set so the total momentum is
// zero. verifyResult compares the energy exactly (===) with the table below; the values
// for 1 and 250000 steps are the long-known ones, the others were computed by this
// program and its Java twin, which agree bit for bit. A step count the table does not
// list is refused.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;
const TIME_STEP = 0.01;

// steps -> energy after them.
const ENERGIES = [
  [1, -0.16907495402506745],
  [10, -0.16907302171469984],
  [100, -0.1690507623824094],
  [1000, -0.169087605234606],
  [10000, -0.16901644126443094],
  [100000, -0.16907985939165887],
  [250000, -0.1690859889909308],
];

class Body {
  constructor(x, y, z, vx, vy, vz, mass) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.vx = vx * DAYS_PER_YEAR;
    this.vy = vy * DAYS_PER_YEAR;
    this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }

  // Gives this body (the Sun) the velocity that cancels the momentum of all others.
  offsetMomentum(px, py, pz) {
    this.vx = 0.0 - px / SOLAR_MASS;
    this.vy = 0.0 - py / SOLAR_MASS;
    this.vz = 0.0 - pz / SOLAR_MASS;
  }

  static sun() {
    return new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
  }

  static jupiter() {
    return new Body(
      4.8414314424647209, -1.16032004402742839, -0.103622044471123109,
      1.66007664274403694e-3, 7.69901118419740425e-3, -6.90460016972063023e-5,
      9.54791938424326609e-4);
  }

  static saturn() {
    return new Body(
      8.34336671824457987, 4.12479856412430479, -0.403523417114321381,
      -2.76742510726862411e-3, 4.99852801234917238e-3, 2.30417297573763929e-5,
      2.85885980666130812e-4);
  }

  static uranus() {
    return new Body(
      12.894369562139131, -15.1111514016986312, -0.223307578892655734,
      2.96460137564761618e-3, 2.37847173959480950e-3, -2.96589568540237556e-5,
      4.36624404335156298e-5);
  }

  static neptune() {
    return new Body(
      15.3796971148509165, -25.9193146099879641, 0.179258772950371181,
      2.68067772490389322e-3, 1.62824170038242295e-3, -9.51592254519715870e-5,
      5.15138902046611451e-5);
  }
}

class NBodySystem {
  constructor() {
    this.bodies = [Body.sun(), Body.jupiter(), Body.saturn(), Body.uranus(), Body.neptune()];
    let px = 0.0;
    let py = 0.0;
    let pz = 0.0;
    this.bodies.forEach((body) => {
      px += body.vx * body.mass;
      py += body.vy * body.mass;
      pz += body.vz * body.mass;
    });
    this.bodies[0].offsetMomentum(px, py, pz);
  }

  // One step: every pair's mutual attraction changes both velocities, then every body
  // moves with its new velocity.
  advance(dt) {
    const bodies = this.bodies;
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i];
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const dz = a.z - b.z;
        const distanceSquared = dx * dx + dy * dy + dz * dz;
        const distance = Math.sqrt(distanceSquared);
        const magnitude = dt / (distanceSquared * distance);
        a.vx -= dx * b.mass * magnitude;
        a.vy -= dy * b.mass * magnitude;
        a.vz -= dz * b.mass * magnitude;
        b.vx += dx * a.mass * magnitude;
        b.vy += dy * a.mass * magnitude;
        b.vz += dz * a.mass * magnitude;
      }
    }
    for (let i = 0; i < bodies.length; i++) {
      const body = bodies[i];
      body.x += dt * body.vx;
      body.y += dt * body.vy;
      body.z += dt * body.vz;
    }
  }

  // Kinetic energy of each body minus the potential energy of each pair.
  energy() {
    const bodies = this.bodies;
    let e = 0.0;
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i];
      e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const dz = a.z - b.z;
        e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
    }
    return e;
  }
}

class NBody extends Benchmark {
  innerBenchmarkLoop(innerIterations) {
    const system = new NBodySystem();
    for (let i = 0; i < innerIterations; i++) {
      system.advance(TIME_STEP);
    }
    return this.verifyResult(system.energy(), innerIterations);
  }

  verifyResult(energy, steps) {
    const known = ENERGIES.find((entry) => entry[0] === steps);
    if (known === undefined) {
      console.log(`NBody: no known energy after ${steps} steps (computed ${energy})`);
      return false;
    }
    return energy === known[1];
  }
}

module.exports = { newInstance: () => new NBody() };
