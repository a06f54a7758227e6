/** Where the outbox hands finished text: the transport implements it. */
export interface Sender {
  /** False while the account is logged out or disconnected: the outbox then just waits. */
  isOnline(): boolean;
  sendToContact(contactId: string, text: string): Promise<void>;
  sendToRoom(roomId: string, text: string): Promise<void>;
  /** A file message (exports, digest charts); optional for transports that cannot. */
  sendFile?(target: { toId?: string | null; roomId?: string | null }, path: string): Promise<void>;
}
