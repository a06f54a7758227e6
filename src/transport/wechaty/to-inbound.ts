import { types, type Message } from 'wechaty';
import type { InboundMessage } from '../../intake/inbound-message.js';
import { splitQuote } from './parse-quote.js';

/** Turns a Wechaty Message into a plain InboundMessage; nothing past the transport sees Wechaty. */
export async function toInbound(message: Message): Promise<InboundMessage> {
  const talker = message.talker();
  const room = message.room();
  const isText = message.type() === types.Message.Text;
  const raw = isText ? message.text() : `[${types.Message[message.type()] ?? 'Unknown'}]`;
  const { text, quoted } = isText ? splitQuote(raw) : { text: raw, quoted: null };
  let senderName = talker.name();
  let roomTopic: string | null = null;
  if (room) {
    roomTopic = await room.topic();
    // The group nickname (群昵称) is what neighbours know each other by.
    senderName = (await room.alias(talker).catch(() => undefined)) || senderName;
  }
  return {
    id: message.id,
    roomId: room?.id ?? null,
    roomTopic,
    senderId: talker.id,
    senderName: senderName || talker.id,
    kind: isText ? 'text' : 'other',
    text,
    sentAt: message.date().getTime(),
    quotedText: quoted,
    mentions: (message.payload as { mentionIdList?: string[] } | undefined)?.mentionIdList ?? [],
  };
}
