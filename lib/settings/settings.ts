/** User settings, stored in the database's settings table under one key per field. */
export interface Settings {
  /** Minutes between automatic syncs. */
  syncPeriodMinutes: number;
  /** Skills the user has, as typed (canonical names when known). */
  mySkills: string[];
  /** Optional personal access tokens, by API host; each is sent only to its own host. */
  tokens: Record<string, string>;
  notifications: NotificationSettings;
  /** Sites (host names) where the user hid the panel shown on posting pages. */
  hiddenPanelSites: string[];
  /** Also highlight, on posting pages, the skills a posting asks for that the user lacks (off: the page stays readable). */
  panelOtherSkills: boolean;
  /** The user folded the page panel to its tab: it opens folded from then on, until unfolded. */
  panelFolded: boolean;
  /** Days an offer may stay "applied" before Vigie suggests following it up. */
  followUpDays: number;
}

export interface NotificationSettings {
  /** Off until the user turns it on and grants the browser's permission. */
  enabled: boolean;
  mutedSources: string[];
  /** Announce only postings with at least this many of the user's skills; 0 announces all. */
  minMatchingSkills: number;
  /** Minutes since midnight, local time; openings found meanwhile wait for the end. */
  quietHours: { from: number; to: number } | null;
  /** A saved offer's last day to apply is reminded of this many days before (today included); 0 turns it off. */
  deadlineReminderDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  syncPeriodMinutes: 30,
  mySkills: [],
  tokens: {},
  notifications: { enabled: false, mutedSources: [], minMatchingSkills: 0, quietHours: null, deadlineReminderDays: 3 },
  hiddenPanelSites: [],
  panelOtherSkills: false,
  panelFolded: false,
  followUpDays: 7,
};

/** From a nudge the next day to one a quarter later. */
export const FOLLOW_UP_DAYS_BOUNDS = { min: 1, max: 90 } as const;

export const SYNC_PERIOD_BOUNDS = { min: 5, max: 24 * 60 } as const;
const MAX_SKILLS = 200;
const MAX_REMINDER_DAYS = 30;
const MAX_SKILL_LENGTH = 60;

/** Keeps what is valid of an untrusted partial settings object (an import, a message). */
export function sanitizeSettings(input: unknown): Partial<Settings> {
  if (typeof input !== 'object' || input === null) return {};
  const raw = input as Record<string, unknown>;
  const clean: Partial<Settings> = {};
  if (typeof raw.syncPeriodMinutes === 'number' && Number.isFinite(raw.syncPeriodMinutes)) {
    clean.syncPeriodMinutes = Math.round(Math.min(SYNC_PERIOD_BOUNDS.max, Math.max(SYNC_PERIOD_BOUNDS.min, raw.syncPeriodMinutes)));
  }
  if (Array.isArray(raw.mySkills)) clean.mySkills = sanitizeSkills(raw.mySkills);
  if (typeof raw.tokens === 'object' && raw.tokens !== null) clean.tokens = sanitizeTokens(raw.tokens as Record<string, unknown>);
  if (typeof raw.notifications === 'object' && raw.notifications !== null) clean.notifications = sanitizeNotifications(raw.notifications as Record<string, unknown>);
  if (Array.isArray(raw.hiddenPanelSites)) clean.hiddenPanelSites = sanitizeHosts(raw.hiddenPanelSites);
  if (typeof raw.panelOtherSkills === 'boolean') clean.panelOtherSkills = raw.panelOtherSkills;
  if (typeof raw.panelFolded === 'boolean') clean.panelFolded = raw.panelFolded;
  if (typeof raw.followUpDays === 'number' && Number.isFinite(raw.followUpDays)) {
    clean.followUpDays = Math.round(Math.min(FOLLOW_UP_DAYS_BOUNDS.max, Math.max(FOLLOW_UP_DAYS_BOUNDS.min, raw.followUpDays)));
  }
  return clean;
}

function sanitizeNotifications(raw: Record<string, unknown>): NotificationSettings {
  const defaults = DEFAULT_SETTINGS.notifications;
  const minutes = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 24 * 60;
  const quiet = raw.quietHours as Record<string, unknown> | null | undefined;
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : defaults.enabled,
    mutedSources: Array.isArray(raw.mutedSources) ? raw.mutedSources.filter((id): id is string => typeof id === 'string').slice(0, 500) : [],
    minMatchingSkills: typeof raw.minMatchingSkills === 'number' && raw.minMatchingSkills >= 0 ? Math.min(20, Math.floor(raw.minMatchingSkills)) : 0,
    quietHours: quiet && minutes(quiet.from) && minutes(quiet.to) ? { from: quiet.from as number, to: quiet.to as number } : null,
    deadlineReminderDays: typeof raw.deadlineReminderDays === 'number' && raw.deadlineReminderDays >= 0 ? Math.min(MAX_REMINDER_DAYS, Math.floor(raw.deadlineReminderDays)) : defaults.deadlineReminderDays,
  };
}

function sanitizeSkills(skills: unknown[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const skill of skills) {
    if (typeof skill !== 'string') continue;
    const trimmed = skill.trim().slice(0, MAX_SKILL_LENGTH);
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result.slice(0, MAX_SKILLS);
}

function sanitizeHosts(hosts: unknown[]): string[] {
  const valid = hosts.filter((host): host is string => typeof host === 'string' && /^[a-z0-9.-]+(:\d+)?$/i.test(host) && host.length <= 255);
  return [...new Set(valid.map((host) => host.toLowerCase()))].slice(0, 500);
}

function sanitizeTokens(tokens: Record<string, unknown>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [host, token] of Object.entries(tokens)) {
    if (typeof token === 'string' && /^[a-z0-9.-]+(:\d+)?$/i.test(host) && /^[\w-]{1,255}$/.test(token)) clean[host] = token;
  }
  return clean;
}
