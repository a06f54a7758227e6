import { FileBox } from 'file-box';
import type { Wechaty } from 'wechaty';
import type { Sender } from '../../outbox/sender.js';

/** Hands outbound text to Wechaty; throws when the contact or room cannot be found. */
export function wechatySender(bot: Wechaty): Sender {
  const contact = async (id: string) => {
    const c = await bot.Contact.find({ id });
    if (!c) throw new Error(`contact ${id} not found`);
    return c;
  };
  const room = async (id: string) => {
    const r = await bot.Room.find({ id });
    if (!r) throw new Error(`room ${id} not found`);
    return r;
  };
  return {
    isOnline: () => bot.isLoggedIn,
    async sendToContact(id, text) {
      if (!bot.isLoggedIn) throw new Error('not logged in');
      await (await contact(id)).say(text);
    },
    async sendToRoom(id, text) {
      if (!bot.isLoggedIn) throw new Error('not logged in');
      await (await room(id)).say(text);
    },
    async sendFile(target, path) {
      if (!bot.isLoggedIn) throw new Error('not logged in');
      const file = FileBox.fromFile(path);
      if (target.roomId) await (await room(target.roomId)).say(file);
      else await (await contact(target.toId!)).say(file);
    },
  };
}
