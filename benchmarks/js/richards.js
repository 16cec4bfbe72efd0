// Richards: Martin Richards' simulation of an operating system's task scheduler
// (a suite program).
//
// Algorithm: six tasks (idle, worker, two handlers, two devices) with priorities
// pass work packets through per-task queues; the scheduler always runs the highest-
// priority task that is neither held nor waiting without a packet, and each task's
// function returns the task to run next.
// Verifies: one run queues 23246 packets and holds a task 9297 times.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

// Null stands for "no task" and "no packet" (the end of a task list or a queue).
const NO_TASK = null;
const NO_WORK = null;

// Task identities, which are also the indices of the scheduler's task table.
const IDLER = 0;
const WORKER = 1;
const HANDLER_A = 2;
const HANDLER_B = 3;
const DEVICE_A = 4;
const DEVICE_B = 5;
const NUM_TYPES = 6;

const DEVICE_PACKET_KIND = 0;
const WORK_PACKET_KIND = 1;

// How many characters a work packet carries.
const DATA_SIZE = 4;

class Packet {
  constructor(link, identity, kind) {
    this.link = link;
    this.identity = identity;
    this.kind = kind;
    this.datum = 0;
    this.data = new Array(DATA_SIZE).fill(0);
  }

  // Appends this packet at the end of `queue`; returns the queue's new head.
  addTo(queue) {
    this.link = NO_WORK;
    if (queue === NO_WORK) {
      return this;
    }
    let next = queue;
    let peek = next.link;
    while (peek !== NO_WORK) {
      next = peek;
      peek = next.link;
    }
    next.link = this;
    return queue;
  }
}

// The three flags of a task's state. A task runs when it is not held and either
// does not wait or waits with a packet already in its queue.
class TaskState {
  constructor(packetPending, taskWaiting, taskHolding) {
    this.packetPending = packetPending;
    this.taskWaiting = taskWaiting;
    this.taskHolding = taskHolding;
  }

  static running() {
    return new TaskState(false, false, false);
  }

  static waiting() {
    return new TaskState(false, true, false);
  }

  static waitingWithPacket() {
    return new TaskState(true, true, false);
  }

  isTaskHoldingOrWaiting() {
    return this.taskHolding || (!this.packetPending && this.taskWaiting);
  }

  isWaitingWithPacket() {
    return this.packetPending && this.taskWaiting && !this.taskHolding;
  }

  setRunning() {
    this.packetPending = false;
    this.taskWaiting = false;
    this.taskHolding = false;
  }

  setPacketPending() {
    this.packetPending = true;
    this.taskWaiting = false;
    this.taskHolding = false;
  }
}

class TaskControlBlock extends TaskState {
  constructor(link, identity, priority, initialWorkQueue, initialState, fn, privateData) {
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
  addInputAndCheckPriority(packet, oldTask) {
    if (this.input === NO_WORK) {
      this.input = packet;
      this.packetPending = true;
      if (this.priority > oldTask.priority) {
        return this;
      }
    } else {
      this.input = packet.addTo(this.input);
    }
    return oldTask;
  }

  runTask() {
    let message;
    if (this.isWaitingWithPacket()) {
      message = this.input;
      this.input = message.link;
      if (this.input === NO_WORK) {
        this.setRunning();
      } else {
        this.setPacketPending();
      }
    } else {
      message = NO_WORK;
    }
    return this.fn(message, this.handle);
  }
}

class DeviceTaskDataRecord {
  constructor() {
    this.pending = NO_WORK;
  }
}

class HandlerTaskDataRecord {
  constructor() {
    this.workIn = NO_WORK;
    this.deviceIn = NO_WORK;
  }

  deviceInAdd(packet) {
    this.deviceIn = packet.addTo(this.deviceIn);
  }

  workInAdd(packet) {
    this.workIn = packet.addTo(this.workIn);
  }
}

class IdleTaskDataRecord {
  constructor() {
    this.control = 1;
    this.count = 10000;
  }
}

class WorkerTaskDataRecord {
  constructor() {
    this.destination = HANDLER_A;
    this.count = 0;
  }
}

class Scheduler {
  constructor() {
    this.taskList = NO_TASK;
    this.currentTask = NO_TASK;
    this.currentTaskIdentity = 0;
    this.taskTable = new Array(NUM_TYPES).fill(NO_TASK);
    this.queuePacketCount = 0;
    this.holdCount = 0;
  }

  // The device task: holds itself on a packet and sends it back on its next run.
  addDeviceTask(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, (work, data) => {
      if (work === NO_WORK) {
        const pending = data.pending;
        if (pending === NO_WORK) {
          return this.markWaiting();
        }
        data.pending = NO_WORK;
        return this.queuePacket(pending);
      }
      data.pending = work;
      return this.holdSelf();
    }, new DeviceTaskDataRecord());
  }

  // The handler task: feeds the characters of each work packet, one per device
  // packet, to its device, then returns the work packet to the worker.
  addHandlerTask(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, (work, data) => {
      if (work !== NO_WORK) {
        if (work.kind === WORK_PACKET_KIND) {
          data.workInAdd(work);
        } else {
          data.deviceInAdd(work);
        }
      }
      const workIn = data.workIn;
      if (workIn === NO_WORK) {
        return this.markWaiting();
      }
      const count = workIn.datum;
      if (count >= DATA_SIZE) {
        data.workIn = workIn.link;
        return this.queuePacket(workIn);
      }
      const deviceIn = data.deviceIn;
      if (deviceIn === NO_WORK) {
        return this.markWaiting();
      }
      data.deviceIn = deviceIn.link;
      deviceIn.datum = workIn.data[count];
      workIn.datum = count + 1;
      return this.queuePacket(deviceIn);
    }, new HandlerTaskDataRecord());
  }

  // The idle task: releases one device or the other, chosen by a shift register,
  // until its count runs out.
  addIdleTask(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, (_work, data) => {
      data.count--;
      if (data.count === 0) {
        return this.holdSelf();
      }
      if ((data.control & 1) === 0) {
        data.control = data.control >> 1;
        return this.release(DEVICE_A);
      }
      data.control = (data.control >> 1) ^ 0xD008;
      return this.release(DEVICE_B);
    }, new IdleTaskDataRecord());
  }

  // The worker task: fills each work packet with letters and sends it to the two
  // handlers in turn.
  addWorkerTask(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, (work, data) => {
      if (work === NO_WORK) {
        return this.markWaiting();
      }
      data.destination = data.destination === HANDLER_A ? HANDLER_B : HANDLER_A;
      work.identity = data.destination;
      work.datum = 0;
      for (let i = 0; i < DATA_SIZE; i++) {
        data.count++;
        if (data.count > 26) {
          data.count = 1;
        }
        work.data[i] = 65 + data.count - 1;
      }
      return this.queuePacket(work);
    }, new WorkerTaskDataRecord());
  }

  createTask(identity, priority, work, state, fn, data) {
    const task = new TaskControlBlock(this.taskList, identity, priority, work, state, fn, data);
    this.taskList = task;
    this.taskTable[identity] = task;
  }

  start() {
    this.addIdleTask(IDLER, 0, NO_WORK, TaskState.running());

    let workQ = new Packet(NO_WORK, WORKER, WORK_PACKET_KIND);
    workQ = new Packet(workQ, WORKER, WORK_PACKET_KIND);
    this.addWorkerTask(WORKER, 1000, workQ, TaskState.waitingWithPacket());

    workQ = new Packet(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
    this.addHandlerTask(HANDLER_A, 2000, workQ, TaskState.waitingWithPacket());

    workQ = new Packet(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
    this.addHandlerTask(HANDLER_B, 3000, workQ, TaskState.waitingWithPacket());

    this.addDeviceTask(DEVICE_A, 4000, NO_WORK, TaskState.waiting());
    this.addDeviceTask(DEVICE_B, 5000, NO_WORK, TaskState.waiting());

    this.schedule();
  }

  // Walks the task list, highest priority first (tasks are prepended as created,
  // in rising priority), running each runnable task; a task's function picks the
  // task to continue with.
  schedule() {
    this.currentTask = this.taskList;
    while (this.currentTask !== NO_TASK) {
      if (this.currentTask.isTaskHoldingOrWaiting()) {
        this.currentTask = this.currentTask.link;
      } else {
        this.currentTaskIdentity = this.currentTask.identity;
        this.currentTask = this.currentTask.runTask();
      }
    }
  }

  findTask(identity) {
    const task = this.taskTable[identity];
    if (task === NO_TASK) {
      throw new Error(`Richards: no task with identity ${identity}`);
    }
    return task;
  }

  holdSelf() {
    this.holdCount++;
    this.currentTask.taskHolding = true;
    return this.currentTask.link;
  }

  // Sends `packet` to the task it names, stamped with the sender's identity.
  queuePacket(packet) {
    const task = this.findTask(packet.identity);
    this.queuePacketCount++;
    packet.link = NO_WORK;
    packet.identity = this.currentTaskIdentity;
    return task.addInputAndCheckPriority(packet, this.currentTask);
  }

  release(identity) {
    const task = this.findTask(identity);
    task.taskHolding = false;
    if (task.priority > this.currentTask.priority) {
      return task;
    }
    return this.currentTask;
  }

  markWaiting() {
    this.currentTask.taskWaiting = true;
    return this.currentTask;
  }
}

class Richards extends Benchmark {
  benchmark() {
    const scheduler = new Scheduler();
    scheduler.start();
    return scheduler;
  }

  verifyResult(scheduler) {
    return scheduler.queuePacketCount === 23246 && scheduler.holdCount === 9297;
  }
}

module.exports = { newInstance: () => new Richards() };
