import { z } from 'zod';

/** One line of a replay transcript (../shared/contracts.md). */
export const transcriptLineSchema = z.object({
  at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO-8601 time with offset'),
  room: z.string().nullable(),
  from: z.string().default(''),
  fromId: z.string().min(1),
  text: z.string(),
  id: z.string().optional(),
  type: z.enum(['text', 'image']).optional(),
});

export interface TranscriptEvent {
  at: number;
  room: string | null;
  from: string;
  fromId: string;
  text: string;
  id: string;
  kind: 'text' | 'image';
}

/** Parses JSON Lines; a bad line is reported (line number and why) and skipped, never fatal. */
export function parseTranscript(source: string, onError: (line: number, why: string) => void): TranscriptEvent[] {
  const events: TranscriptEvent[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      onError(i + 1, 'not valid JSON');
      return;
    }
    const parsed = transcriptLineSchema.safeParse(raw);
    if (!parsed.success) {
      onError(i + 1, parsed.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`).join('; '));
      return;
    }
    const e = parsed.data;
    events.push({ at: Date.parse(e.at), room: e.room, from: e.from || e.fromId, fromId: e.fromId, text: e.text, id: e.id ?? `replay-${i + 1}`, kind: e.type ?? 'text' });
  });
  return events;
}
