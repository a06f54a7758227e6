import pino, { type Logger } from 'pino';

// Phone numbers and 18-digit ID numbers never reach the log, whatever a message holds.
const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_NO = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;

export function maskPersonal(text: string): string {
  return text.replace(ID_NO, '$1********$2').replace(PHONE, '$1****$2');
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskPersonal(a) : a));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination(2),
  );
}
