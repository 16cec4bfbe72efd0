// Bounce: balls moving in a 500 x 500 box, bouncing off its walls (a suite program).
//
// Algorithm: 100 balls get a position and a velocity from the suite's Random; for
// 50 steps each ball moves by its velocity and, past a wall, is put back on the
// wall with that velocity component turned to point inward.
// Verifies: the balls bounce 1331 times in all.
'use strict';

const benchmark = require('./benchmark.js');
const Benchmark = benchmark.Benchmark;
const Random = benchmark.Random;

class Ball {
  constructor(random) {
    this.x = random.next() % 500;
    this.y = random.next() % 500;
    this.xVel = (random.next() % 300) - 150;
    this.yVel = (random.next() % 300) - 150;
  }

  bounce() {
    const xLimit = 500;
    const yLimit = 500;
    let bounced = false;

    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x > xLimit) {
      this.x = xLimit;
      this.xVel = 0 - Math.abs(this.xVel);
      bounced = true;
    }
    if (this.x < 0) {
      this.x = 0;
      this.xVel = Math.abs(this.xVel);
      bounced = true;
    }
    if (this.y > yLimit) {
      this.y = yLimit;
      this.yVel = 0 - Math.abs(this.yVel);
      bounced = true;
    }
    if (this.y < 0) {
      this.y = 0;
      this.yVel = Math.abs(this.yVel);
      bounced = true;
    }
    return bounced;
  }
}

class Bounce extends Benchmark {
  benchmark() {
    const random = new Random();
    const ballCount = 100;
    let bounces = 0;
    const balls = [];
    for (let i = 0; i < ballCount; i++) {
      balls.push(new Ball(random));
    }

    for (let i = 0; i < 50; i++) {
      balls.forEach((ball) => {
        if (ball.bounce()) {
          bounces++;
        }
      });
    }
    return bounces;
  }

  verifyResult(result) {
    return result === 1331;
  }
}

module.exports = { newInstance: () => new Bounce() };
