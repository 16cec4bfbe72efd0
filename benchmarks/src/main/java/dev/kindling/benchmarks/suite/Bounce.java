/*
 * Bounce: the Java twin of benchmarks/js/bounce.js.
 *
 * Algorithm: 100 balls get a position and a velocity from the suite's Random; for
 * 50 steps each ball moves by its velocity and, past a wall, is put back on the
 * wall with that velocity component turned to point inward.
 * Verifies: the balls bounce 1331 times in all.
 */
package dev.kindling.benchmarks.suite;

import java.util.ArrayList;

public final class Bounce extends Benchmark {

    static final class Ball {
        private int x;
        private int y;
        private int xVel;
        private int yVel;

        Ball(Random random) {
            x = random.next() % 500;
            y = random.next() % 500;
            xVel = (random.next() % 300) - 150;
            yVel = (random.next() % 300) - 150;
        }

        boolean bounce() {
            int xLimit = 500;
            int yLimit = 500;
            boolean bounced = false;

            x += xVel;
            y += yVel;
            if (x > xLimit) {
                x = xLimit;
                xVel = 0 - Math.abs(xVel);
                bounced = true;
            }
            if (x < 0) {
                x = 0;
                xVel = Math.abs(xVel);
                bounced = true;
            }
            if (y > yLimit) {
                y = yLimit;
                yVel = 0 - Math.abs(yVel);
                bounced = true;
            }
            if (y < 0) {
                y = 0;
                yVel = Math.abs(yVel);
                bounced = true;
            }
            return bounced;
        }
    }

    @Override
    public Object benchmark() {
        Random random = new Random();
        int ballCount = 100;
        int[] bounces = {0};
        ArrayList<Ball> balls = new ArrayList<>();
        for (int i = 0; i < ballCount; i++) {
            balls.add(new Ball(random));
        }

        for (int i = 0; i < 50; i++) {
            // A lambda, as the JS program's forEach callback; it counts through a cell.
            balls.forEach(ball -> {
                if (ball.bounce()) {
                    bounces[0]++;
                }
            });
        }
        return bounces[0];
    }

    @Override
    public boolean verifyResult(Object result) {
        return ((Integer) result) == 1331;
    }
}
