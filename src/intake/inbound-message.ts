/** A message as the bot sees it, free of Wechaty objects. Times are epoch ms. */
export interface InboundMessage {
  /** The WeChat message id; intake is idempotent on it. */
  id: string;
  /** null for a private chat with the bot. */
  roomId: string | null;
  roomTopic: string | null;
  senderId: string;
  senderName: string;
  kind: 'text' | 'other';
  text: string;
  sentAt: number;
  /** Text of the message this one quotes (WeChat 引用), when the puppet gives it. */
  quotedText: string | null;
  /** Contact ids mentioned; may be empty even when the text holds "@name". */
  mentions: string[];
}
