import type { Db } from './database.js';
import { CaseRepository } from './case-repository.js';
import { MessageRepository } from './message-repository.js';
import { RoomRepository } from './room-repository.js';
import { OutboxRepository } from './outbox-repository.js';
import { TimerRepository } from './timer-repository.js';
import { KvRepository } from './kv-repository.js';
import { WorkerStateRepository } from './worker-state-repository.js';
import { BindingRepository } from './binding-repository.js';

export interface Repositories {
  db: Db;
  cases: CaseRepository;
  messages: MessageRepository;
  rooms: RoomRepository;
  outbox: OutboxRepository;
  timers: TimerRepository;
  kv: KvRepository;
  workerState: WorkerStateRepository;
  bindings: BindingRepository;
}

export function createRepositories(db: Db): Repositories {
  return {
    db,
    cases: new CaseRepository(db),
    messages: new MessageRepository(db),
    rooms: new RoomRepository(db),
    outbox: new OutboxRepository(db),
    timers: new TimerRepository(db),
    kv: new KvRepository(db),
    workerState: new WorkerStateRepository(db),
    bindings: new BindingRepository(db),
  };
}
