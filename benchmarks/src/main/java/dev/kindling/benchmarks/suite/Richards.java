/*
 * Richards: the Java twin of benchmarks/js/richards.js, Martin Richards' simulation
 * of an operating system's task scheduler.
 *
 * Algorithm: six tasks (idle, worker, two handlers, two devices) with priorities
 * pass work packets through per-task queues; the scheduler always runs the highest-
 * priority task that is neither held nor waiting without a packet, and each task's
 * function returns the task to run next.
 * Verifies: one run queues 23246 packets and holds a task 9297 times.
 */
package dev.kindling.benchmarks.suite;

import java.util.ArrayList;

public final class Richards extends Benchmark {

    // Null stands for "no task" and "no packet" (the end of a task list or a queue).
    static final TaskControlBlock NO_TASK = null;
    static final Packet NO_WORK = null;

    // Task identities, which are also the indices of the scheduler's task table.
    static final int IDLER = 0;
    static final int WORKER = 1;
    static final int HANDLER_A = 2;
    static final int HANDLER_B = 3;
    static final int DEVICE_A = 4;
    static final int DEVICE_B = 5;
    static final int NUM_TYPES = 6;

    static final int DEVICE_PACKET_KIND = 0;
    static final int WORK_PACKET_KIND = 1;

    // How many characters a work packet carries.
    static final int DATA_SIZE = 4;

    static final class Packet {
        Packet link;
        int identity;
        final int kind;
        int datum;
        final int[] data;

        Packet(Packet link, int identity, int kind) {
            this.link = link;
            this.identity = identity;
            this.kind = kind;
            this.datum = 0;
            this.data = new int[DATA_SIZE];
        }

        // Appends this packet at the end of `queue`; returns the queue's new head.
        Packet addTo(Packet queue) {
            link = NO_WORK;
            if (queue == NO_WORK) {
                return this;
            }
            Packet next = queue;
            Packet peek = next.link;
            while (peek != NO_WORK) {
                next = peek;
                peek = next.link;
            }
            next.link = this;
            return queue;
        }
    }

    // The three flags of a task's state. A task runs when it is not held and either
    // does not wait or waits with a packet already in its queue.
    static class TaskState {
        boolean packetPending;
        boolean taskWaiting;
        boolean taskHolding;

        TaskState(boolean packetPending, boolean taskWaiting, boolean taskHolding) {
            this.packetPending = packetPending;
            this.taskWaiting = taskWaiting;
            this.taskHolding = taskHolding;
        }

        static TaskState running() {
            return new TaskState(false, false, false);
        }

        static TaskState waiting() {
            return new TaskState(false, true, false);
        }

        static TaskState waitingWithPacket() {
            return new TaskState(true, true, false);
        }

        boolean isTaskHoldingOrWaiting() {
            return taskHolding || (!packetPending && taskWaiting);
        }

        boolean isWaitingWithPacket() {
            return packetPending && taskWaiting && !taskHolding;
        }

        void setRunning() {
            packetPending = false;
            taskWaiting = false;
            taskHolding = false;
        }

        void setPacketPending() {
            packetPending = true;
            taskWaiting = false;
            taskHolding = false;
        }
    }

    // A task's body: given the packet it received (or NO_WORK) and its private data,
    // it returns the task to run next. JS passes closures; Java passes lambdas.
    interface TaskFunction {
        TaskControlBlock run(Packet work, Object data);
    }

    static final class TaskControlBlock extends TaskState {
        final TaskControlBlock link;
        final int identity;
        final int priority;
        Packet input;
        final TaskFunction fn;
        final Object handle;

        TaskControlBlock(TaskControlBlock link, int identity, int priority, Packet initialWorkQueue,
                TaskState initialState, TaskFunction fn, Object privateData) {
            super(initialState.packetPending, initialState.taskWaiting, initialState.taskHolding);
            this.link = link;
            this.identity = identity;
            this.priority = priority;
            this.input = initialWorkQueue;
            this.fn = fn;
            this.handle = privateData;
        }

        // Queues `packet` for this task; returns the task to run next: this one if the
        // packet wakes it and it outranks `oldTask`, else `oldTask`.
        TaskControlBlock addInputAndCheckPriority(Packet packet, TaskControlBlock oldTask) {
            if (input == NO_WORK) {
                input = packet;
                packetPending = true;
                if (priority > oldTask.priority) {
                    return this;
                }
            } else {
                input = packet.addTo(input);
            }
            return oldTask;
        }

        TaskControlBlock runTask() {
            Packet message;
            if (isWaitingWithPacket()) {
                message = input;
                input = message.link;
                if (input == NO_WORK) {
                    setRunning();
                } else {
                    setPacketPending();
                }
            } else {
                message = NO_WORK;
            }
            return fn.run(message, handle);
        }
    }

    static final class DeviceTaskDataRecord {
        Packet pending = NO_WORK;
    }

    static final class HandlerTaskDataRecord {
        Packet workIn = NO_WORK;
        Packet deviceIn = NO_WORK;

        void deviceInAdd(Packet packet) {
            deviceIn = packet.addTo(deviceIn);
        }

        void workInAdd(Packet packet) {
            workIn = packet.addTo(workIn);
        }
    }

    static final class IdleTaskDataRecord {
        int control = 1;
        int count = 10000;
    }

    static final class WorkerTaskDataRecord {
        int destination = HANDLER_A;
        int count = 0;
    }

    static final class Scheduler {
        TaskControlBlock taskList = NO_TASK;
        TaskControlBlock currentTask = NO_TASK;
        int currentTaskIdentity = 0;
        final ArrayList<TaskControlBlock> taskTable = new ArrayList<>();
        int queuePacketCount = 0;
        int holdCount = 0;

        Scheduler() {
            for (int i = 0; i < NUM_TYPES; i++) {
                taskTable.add(NO_TASK);
            }
        }

        // The device task: holds itself on a packet and sends it back on its next run.
        void addDeviceTask(int identity, int priority, Packet workPacket, TaskState state) {
            createTask(identity, priority, workPacket, state, (work, d) -> {
                DeviceTaskDataRecord data = (DeviceTaskDataRecord) d;
                if (work == NO_WORK) {
                    Packet pending = data.pending;
                    if (pending == NO_WORK) {
                        return markWaiting();
                    }
                    data.pending = NO_WORK;
                    return queuePacket(pending);
                }
                data.pending = work;
                return holdSelf();
            }, new DeviceTaskDataRecord());
        }

        // The handler task: feeds the characters of each work packet, one per device
        // packet, to its device, then returns the work packet to the worker.
        void addHandlerTask(int identity, int priority, Packet workPacket, TaskState state) {
            createTask(identity, priority, workPacket, state, (work, d) -> {
                HandlerTaskDataRecord data = (HandlerTaskDataRecord) d;
                if (work != NO_WORK) {
                    if (work.kind == WORK_PACKET_KIND) {
                        data.workInAdd(work);
                    } else {
                        data.deviceInAdd(work);
                    }
                }
                Packet workIn = data.workIn;
                if (workIn == NO_WORK) {
                    return markWaiting();
                }
                int count = workIn.datum;
                if (count >= DATA_SIZE) {
                    data.workIn = workIn.link;
                    return queuePacket(workIn);
                }
                Packet deviceIn = data.deviceIn;
                if (deviceIn == NO_WORK) {
                    return markWaiting();
                }
                data.deviceIn = deviceIn.link;
                deviceIn.datum = workIn.data[count];
                workIn.datum = count + 1;
                return queuePacket(deviceIn);
            }, new HandlerTaskDataRecord());
        }

        // The idle task: releases one device or the other, chosen by a shift register,
        // until its count runs out.
        void addIdleTask(int identity, int priority, Packet workPacket, TaskState state) {
            createTask(identity, priority, workPacket, state, (work, d) -> {
                IdleTaskDataRecord data = (IdleTaskDataRecord) d;
                data.count--;
                if (data.count == 0) {
                    return holdSelf();
                }
                if ((data.control & 1) == 0) {
                    data.control = data.control >> 1;
                    return release(DEVICE_A);
                }
                data.control = (data.control >> 1) ^ 0xD008;
                return release(DEVICE_B);
            }, new IdleTaskDataRecord());
        }

        // The worker task: fills each work packet with letters and sends it to the two
        // handlers in turn.
        void addWorkerTask(int identity, int priority, Packet workPacket, TaskState state) {
            createTask(identity, priority, workPacket, state, (work, d) -> {
                WorkerTaskDataRecord data = (WorkerTaskDataRecord) d;
                if (work == NO_WORK) {
                    return markWaiting();
                }
                data.destination = data.destination == HANDLER_A ? HANDLER_B : HANDLER_A;
                work.identity = data.destination;
                work.datum = 0;
                for (int i = 0; i < DATA_SIZE; i++) {
                    data.count++;
                    if (data.count > 26) {
                        data.count = 1;
                    }
                    work.data[i] = 65 + data.count - 1;
                }
                return queuePacket(work);
            }, new WorkerTaskDataRecord());
        }

        void createTask(int identity, int priority, Packet work, TaskState state,
                TaskFunction fn, Object data) {
            TaskControlBlock task = new TaskControlBlock(taskList, identity, priority, work, state, fn, data);
            taskList = task;
            taskTable.set(identity, task);
        }

        void start() {
            addIdleTask(IDLER, 0, NO_WORK, TaskState.running());

            Packet workQ = new Packet(NO_WORK, WORKER, WORK_PACKET_KIND);
            workQ = new Packet(workQ, WORKER, WORK_PACKET_KIND);
            addWorkerTask(WORKER, 1000, workQ, TaskState.waitingWithPacket());

            workQ = new Packet(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND);
            workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
            workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
            addHandlerTask(HANDLER_A, 2000, workQ, TaskState.waitingWithPacket());

            workQ = new Packet(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND);
            workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
            workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
            addHandlerTask(HANDLER_B, 3000, workQ, TaskState.waitingWithPacket());

            addDeviceTask(DEVICE_A, 4000, NO_WORK, TaskState.waiting());
            addDeviceTask(DEVICE_B, 5000, NO_WORK, TaskState.waiting());

            schedule();
        }

        // Walks the task list, highest priority first (tasks are prepended as created,
        // in rising priority), running each runnable task; a task's function picks the
        // task to continue with.
        void schedule() {
            currentTask = taskList;
            while (currentTask != NO_TASK) {
                if (currentTask.isTaskHoldingOrWaiting()) {
                    currentTask = currentTask.link;
                } else {
                    currentTaskIdentity = currentTask.identity;
                    currentTask = currentTask.runTask();
                }
            }
        }

        TaskControlBlock findTask(int identity) {
            TaskControlBlock task = taskTable.get(identity);
            if (task == NO_TASK) {
                throw new IllegalStateException("Richards: no task with identity " + identity);
            }
            return task;
        }

        TaskControlBlock holdSelf() {
            holdCount++;
            currentTask.taskHolding = true;
            return currentTask.link;
        }

        // Sends `packet` to the task it names, stamped with the sender's identity.
        TaskControlBlock queuePacket(Packet packet) {
            TaskControlBlock task = findTask(packet.identity);
            queuePacketCount++;
            packet.link = NO_WORK;
            packet.identity = currentTaskIdentity;
            return task.addInputAndCheckPriority(packet, currentTask);
        }

        TaskControlBlock release(int identity) {
            TaskControlBlock task = findTask(identity);
            task.taskHolding = false;
            if (task.priority > currentTask.priority) {
                return task;
            }
            return currentTask;
        }

        TaskControlBlock markWaiting() {
            currentTask.taskWaiting = true;
            return currentTask;
        }
    }

    @Override
    public Object benchmark() {
        Scheduler scheduler = new Scheduler();
        scheduler.start();
        return scheduler;
    }

    @Override
    public boolean verifyResult(Object result) {
        Scheduler scheduler = (Scheduler) result;
        return scheduler.queuePacketCount == 23246 && scheduler.holdCount == 9297;
    }
}
