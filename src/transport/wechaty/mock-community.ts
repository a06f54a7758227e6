import * as PUPPET from 'wechaty-puppet';
import type { mock } from 'wechaty-puppet-mock';
import type { Config } from '../../config/schema.js';

type ContactMock = ReturnType<mock.Mocker['createContact']>;
type RoomMock = ReturnType<mock.Mocker['createRoom']>;

export interface Outbound {
  toId: string | null;
  roomId: string | null;
  roomTopic: string | null;
  text: string;
}

export interface Post {
  room: string | null;
  fromId: string;
  from: string;
  text: string;
  /** Epoch ms the message carries; defaults to the real now. */
  at?: number;
  /** The WeChat message id; reuse one to simulate a redelivery. */
  id?: string;
  kind?: 'text' | 'image';
}

let seq = 0;

function topicHash(topic: string): string {
  let h = 2166136261;
  for (const ch of topic) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h.toString(36);
}

/**
 * The community as seen from WeChat, on the mock puppet: the bot's own account, the 32
 * groups, the workers and whoever posts. Used by the demo, replay and end-to-end tests.
 */
export class MockCommunity {
  readonly botUser: ContactMock;
  private readonly rooms = new Map<string, RoomMock>();
  private readonly contacts = new Map<string, ContactMock>();

  constructor(
    private readonly mocker: mock.Mocker,
    private readonly config: Config,
    botId = 'wxid_yimi_bot',
  ) {
    this.botUser = mocker.createContact({ id: botId, name: config.community.botName });
    this.contacts.set(botId, this.botUser);
    for (const w of config.workers) this.contact(w.id, w.name);
    config.groups.forEach((g) => this.room(g.topic));
  }

  /** Logs the bot in; call after bot.start(). */
  login(): void {
    this.mocker.login(this.botUser);
  }

  contact(id: string, name?: string): ContactMock {
    let c = this.contacts.get(id);
    if (!c) {
      c = this.mocker.createContact({ id, name: name ?? id });
      this.contacts.set(id, c);
    }
    return c;
  }

  room(topic: string): RoomMock {
    let r = this.rooms.get(topic);
    if (!r) {
      // Stable ids across restarts, as WeChat's are: derived from the topic.
      r = this.mocker.createRoom({ id: `room-${topicHash(topic)}@chatroom`, topic, memberIdList: [this.botUser.id] });
      this.rooms.set(topic, r);
    }
    return r;
  }

  roomTopicOf(roomId: string): string | null {
    for (const [topic, r] of this.rooms) if (r.id === roomId) return topic;
    return null;
  }

  /** Delivers a message to the bot as WeChat would, with the given id and timestamp. */
  post(p: Post): string {
    const talker = this.contact(p.fromId, p.from);
    const id = p.id ?? `msg-${Date.now().toString(36)}-${++seq}`;
    if (this.mocker.cacheMessagePayload.has(id)) {
      // A redelivery: WeChat sends the very same message again.
      this.mocker.puppet.emit('message', { messageId: id });
      return id;
    }
    const base = {
      id,
      talkerId: talker.id,
      timestamp: p.at ?? Date.now(),
      type: p.kind === 'image' ? PUPPET.types.Message.Image : PUPPET.types.Message.Text,
      text: p.kind === 'image' ? undefined : p.text,
    };
    if (p.room !== null) {
      const room = this.room(p.room);
      const members = this.mocker.roomPayload(room.id).memberIdList;
      if (!members.includes(talker.id)) members.push(talker.id);
      this.mocker.MessageMock.create({ ...base, roomId: room.id, mentionIdList: [] } as PUPPET.payloads.Message);
    } else {
      this.mocker.MessageMock.create({ ...base, listenerId: this.botUser.id } as PUPPET.payloads.Message);
    }
    this.mocker.puppet.emit('message', { messageId: id });
    return id;
  }

  /** Calls back for everything the bot says, as WeChat users would see it. */
  onOutbound(cb: (o: Outbound) => void): void {
    this.mocker.puppet.on('message', ({ messageId }) => {
      const payload = this.mocker.messagePayload(messageId) as PUPPET.payloads.Message & { roomId?: string; listenerId?: string };
      if (payload.talkerId !== this.botUser.id) return;
      const roomId = payload.roomId || null;
      cb({ toId: roomId ? null : (payload.listenerId ?? null), roomId, roomTopic: roomId ? this.roomTopicOf(roomId) : null, text: payload.text ?? '' });
    });
  }
}
