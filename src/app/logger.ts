import pino, { type Logger } from 'pino';

// Phone numbers and 18-digit ID numbers never reach the log, whatever a message holds.
const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_NO = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;

export function maskPersonal(text: string): string {
  return text.replace(ID_NO, '$1********$2').replace(PHONE, '$1****$2');
}

/** Masks every string inside a log object (err messages, detail fields), one level deep per nesting. */
function maskObject(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonal(value);
  if (value instanceof Error) return maskObject(pino.stdSerializers.err(value), depth + 1);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskObject(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskObject(v, depth + 1);
  return out;
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      formatters: { log: (obj) => maskObject(obj) as Record<string, unknown> },
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
