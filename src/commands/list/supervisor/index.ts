import type { Command } from '../../command.js';
import { daily } from './daily.js';
import { weekly } from './weekly.js';
import { monthly } from './monthly.js';
import { overdue } from './overdue.js';
import { stats } from './stats.js';
import { exportCommand } from './export.js';
import { rota } from './rota.js';

/** The supervisor's reporting commands; register with buildRegistry(supervisorCommands). */
export const supervisorCommands: Command[] = [daily, weekly, monthly, overdue, stats, exportCommand, rota];
