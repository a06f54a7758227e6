import { z } from 'zod';
import { CASE_LABELS } from '../classify/labels.js';

// Every object is strict: an unknown key is a typo the operator must hear about.
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM, e.g. "07:30"');
const contactId = z.string().min(1).max(80).regex(/^[^\s]+$/, 'a WeChat contact id without spaces');
const gridId = z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, 'a grid id of letters, digits, - or _');
const category = z.enum(CASE_LABELS);

export const ROLES = ['grid_worker', 'mediator', 'safety_officer', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/** community.yaml: who we are, the grids, and the named places residents mention. */
export const communityFileSchema = z.strictObject({
  community: z.strictObject({
    name: z.string().min(1),
    timeZone: z.literal('Asia/Shanghai').or(z.string().regex(/^[A-Za-z_]+\/[A-Za-z_]+$/, 'an IANA time zone such as Asia/Shanghai')),
    households: z.number().int().positive(),
    botName: z.string().min(1).default('一米'),
  }),
  grids: z
    .array(
      z.strictObject({
        id: gridId,
        name: z.string().min(1),
        estate: z.string().min(1),
      }),
    )
    .min(1),
  places: z.array(z.string().min(1).max(20)).default([]),
});

/** groups.yaml: each official group chat, matched by topic, and the grid it belongs to. */
export const groupsFileSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        topic: z.string().min(1).max(60),
        estate: z.string().min(1),
        grid: gridId,
        /** Post an acknowledgement in the group when a case opens (false = quiet group). */
        acknowledge: z.boolean().default(true),
      }),
    )
    .min(1),
});

/** workers.yaml: roles are bound to contact ids, never to display names. */
export const workersFileSchema = z.strictObject({
  workers: z
    .array(
      z.strictObject({
        id: contactId,
        name: z.string().min(1).max(20),
        roles: z.array(z.enum(ROLES)).min(1),
        grids: z.array(gridId).default([]),
        /** Who covers for this worker when a reminder goes unanswered. */
        backup: contactId.optional(),
        phone: z.string().optional(),
      }),
    )
    .min(1),
});

const slaTimes = z.strictObject({
  firstResponseMinutes: z.number().int().positive().max(1440),
  closureHours: z.number().positive().max(720),
});

/** sla.yaml: the clock the community promises its residents. */
export const slaFileSchema = z.strictObject({
  sla: z.strictObject({
    firstResponseMinutes: z.number().int().positive().max(1440).default(30),
    closureHours: z.number().positive().max(720).default(24),
    urgentFirstResponseMinutes: z.number().int().positive().max(1440).default(10),
    closureReminderHours: z.number().positive().max(720).default(20),
    overrides: z.partialRecord(category, slaTimes.partial()).default({}),
    quietHours: z.strictObject({ start: hhmm, end: hhmm }).default({ start: '22:00', end: '07:00' }),
    /** A resolved case closes by itself when the resident does not object within this time. */
    autoCloseHours: z.number().positive().max(720).default(48),
  }),
});

/** routing.yaml: rotas and which categories go to whom. */
export const routingFileSchema = z.strictObject({
  routing: z.strictObject({
    mediationCategories: z.array(category).default(['noise', 'parking', 'dispute']),
    /** Mediators on duty by weekday, Monday first (7 entries). */
    mediationRota: z.array(contactId).length(7, 'exactly 7 entries, Monday to Sunday'),
    safetyCategories: z.array(category).default(['safety']),
    /** Time-of-day duty posts: whoever holds the post also receives new cases in that window. */
    dutyPosts: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          start: hhmm,
          end: hhmm,
          workers: z.array(contactId).min(1),
        }),
      )
      .default([]),
    duplicateWindowHours: z.number().positive().max(720).default(72),
  }),
});

/** bot.yaml: how the bot behaves on the wire. */
export const botFileSchema = z.strictObject({
  intake: z
    .strictObject({
      /** Messages older than this on arrival are history replayed by a reconnecting puppet. */
      maxAgeMinutes: z.number().positive().default(10),
      maxTextLength: z.number().int().positive().default(2000),
    })
    .default({ maxAgeMinutes: 10, maxTextLength: 2000 }),
  classifier: z
    .strictObject({
      /** Below this confidence the bot asks the grid worker instead of opening a case. */
      threshold: z.number().min(0).max(1).default(0.6),
    })
    .default({ threshold: 0.6 }),
  outbox: z
    .strictObject({
      perMinute: z.number().int().positive().max(120).default(20),
      jitterMs: z.tuple([z.number().int().min(0), z.number().int().min(0)]).default([300, 1500]),
    })
    .default({ perMinute: 20, jitterMs: [300, 1500] }),
  retention: z
    .strictObject({
      /** Chit-chat (messages that became nothing) is deleted after this; case messages and the audit log stay. */
      chitChatDays: z.number().int().positive().max(3650).default(30),
    })
    .default({ chitChatDays: 30 }),
  connection: z
    .strictObject({
      probeSeconds: z.number().positive().default(15),
      timeoutSeconds: z.number().positive().default(60),
      /** Supervisors are told when the bot was offline longer than this. */
      offlineAlertMinutes: z.number().positive().default(10),
    })
    .default({ probeSeconds: 15, timeoutSeconds: 60, offlineAlertMinutes: 10 }),
  schedules: z
    .strictObject({
      dailyDigest: z.string().default('0 8 * * *'),
      weeklyDigest: z.string().default('5 8 * * 1'),
      monthlyDigest: z.string().default('10 8 1 * *'),
    })
    .default({ dailyDigest: '0 8 * * *', weeklyDigest: '5 8 * * 1', monthlyDigest: '10 8 1 * *' }),
});

export type CommunityFile = z.infer<typeof communityFileSchema>;
export type GroupsFile = z.infer<typeof groupsFileSchema>;
export type WorkersFile = z.infer<typeof workersFileSchema>;
export type SlaFile = z.infer<typeof slaFileSchema>;
export type RoutingFile = z.infer<typeof routingFileSchema>;
export type BotFile = z.infer<typeof botFileSchema>;

/** The whole validated configuration, as the rest of the code sees it. */
export type Config = CommunityFile & GroupsFile & WorkersFile & SlaFile & RoutingFile & BotFile;
export type Worker = Config['workers'][number];
export type Group = Config['groups'][number];
export type Grid = Config['grids'][number];

export const CONFIG_FILES = {
  'community.yaml': communityFileSchema,
  'groups.yaml': groupsFileSchema,
  'workers.yaml': workersFileSchema,
  'sla.yaml': slaFileSchema,
  'routing.yaml': routingFileSchema,
  'bot.yaml': botFileSchema,
} as const;
