/** Where the outbox hands finished text: the transport implements it. */
export interface Sender {
  /** False while the account is logged out or disconnected: the outbox then just waits. */
  isOnline(): boolean;
  sendToContact(contactId: string, text: string): Promise<void>;
  sendToRoom(roomId: string, text: string): Promise<void>;
  /**
   * After a crash between handing a message over and recording it sent: did it arrive?
   * true/false when the transport can tell; absent or null when it cannot (then it is resent:
   * a repeated card is better than a lost one).
   */
  confirmDelivered?(target: { toId: string | null; roomId: string | null }, text: string): boolean | null;
  /** A file message (exports, digest charts); optional for transports that cannot. */
  sendFile?(target: { toId?: string | null; roomId?: string | null }, path: string): Promise<void>;
}
