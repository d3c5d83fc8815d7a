import { z } from 'zod';
import { DISTRICTS } from '../core/flows/district-names.js';
import { LANGS, type Lang } from '../core/lang.js';
import type { Translator } from '../core/ports.js';
import type { CampaignRow, CampaignStore } from '../db/stores/campaign-store.js';
import { BUTTON_LABEL_MAX, campaignReply, MAX_CAMPAIGN_TEXT, sensitiveWords, textLangMap } from './content.js';

const lang = z.enum(LANGS);
const button = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pledge'), labels: z.partialRecord(lang, z.string().trim().min(1).max(64)) }),
  z.object({ kind: z.enum(['find_help', 'rights', 'menu']) }),
]);

/** A campaign as the console and the CLI submit it. */
export const campaignSpecSchema = z.object({
  name: z.string().trim().min(1).max(120),
  texts: z
    .partialRecord(lang, z.string().trim().min(1).max(MAX_CAMPAIGN_TEXT))
    .refine((t) => Object.keys(t).length > 0, 'give the text in at least one language'),
  /** At most two: with "Stop updates" that is WhatsApp's three reply buttons. */
  buttons: z.array(button).max(2).default([]),
  segment: z
    .object({
      channels: z.array(z.enum(['telegram', 'whatsapp'])).optional(),
      languages: z.array(lang).optional(),
      districts: z.array(z.enum(DISTRICTS as [string, ...string[]])).optional(),
    })
    .default({}),
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});
export type CampaignSpec = z.infer<typeof campaignSpecSchema>;

export class CampaignError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid_state' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'CampaignError';
  }
}

/** Shown for a district instead of a count from 1 to 4, so nobody can be singled out. */
export const SMALL = '< 5';
const small = (n: number): number | string => (n > 0 && n < 5 ? SMALL : n);

const COUNTED = ['queued', 'sent', 'failed', 'blocked', 'skipped'] as const;

/** Campaign use cases for the console API and the CLI. */
export function createCampaignService(deps: { store: CampaignStore; translator: Translator; kick?: () => void }) {
  const { store } = deps;

  async function mustGet(id: string): Promise<CampaignRow> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await store.get(id) : undefined;
    if (!row) throw new CampaignError('not_found', 'no such campaign');
    return row;
  }

  function warnings(c: Pick<CampaignRow, 'texts' | 'buttons'>): string[] {
    const out: string[] = [];
    const words = sensitiveWords(c.texts);
    if (words.length > 0) {
      out.push(
        `The text contains words that could tell someone reading her phone what this chat is about (${words.join(', ')}). ` +
          'Many recipients share a phone with the person who harms them; consider neutral wording.',
      );
    }
    for (const b of c.buttons)
      for (const [l, label] of Object.entries(b.labels ?? {}))
        if ([...label].length > BUTTON_LABEL_MAX) out.push(`The ${l} button label is longer than ${BUTTON_LABEL_MAX} characters: WhatsApp cuts it.`);
    return out;
  }

  const view = (c: CampaignRow) => ({
    id: c.id,
    name: c.name,
    status: c.status,
    texts: c.texts,
    buttons: c.buttons,
    segment: c.segment,
    scheduledAt: c.scheduledAt?.toISOString() ?? null,
    enqueuedAt: c.enqueuedAt?.toISOString() ?? null,
    finishedAt: c.finishedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  });

  async function stats(id: string) {
    const c = await mustGet(id);
    const { outbox, pledges, whatsapp } = await store.counts(id);
    const totals: Record<(typeof COUNTED)[number], number> = { queued: 0, sent: 0, failed: 0, blocked: 0, skipped: 0 };
    const skippedBy: Record<string, number> = {};
    const districts = new Map<string, Record<string, number>>();
    const row = (d: string | null) => {
      const key = d ?? 'unknown';
      let r = districts.get(key);
      if (!r) {
        r = { queued: 0, sent: 0, failed: 0, blocked: 0, skipped: 0, pledges: 0 };
        districts.set(key, r);
      }
      return r;
    };
    for (const o of outbox) {
      const status = (o.status === 'sending' ? 'queued' : o.status) as (typeof COUNTED)[number]; // in flight counts as still to go
      totals[status] = (totals[status] ?? 0) + o.n;
      if (o.status === 'skipped') skippedBy[o.reason ?? 'other'] = (skippedBy[o.reason ?? 'other'] ?? 0) + o.n;
      const r = row(o.district);
      r[status] = (r[status] ?? 0) + o.n;
    }
    let pledgeTotal = 0;
    for (const p of pledges) {
      pledgeTotal += p.n;
      row(p.district).pledges = (row(p.district).pledges ?? 0) + p.n;
    }
    return {
      campaignId: c.id,
      status: c.status,
      ...totals,
      delivered: whatsapp.sent > 0 ? whatsapp.delivered : null,
      pledges: pledgeTotal,
      skippedBy,
      byDistrict: [...districts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([district, r]) => ({ district, ...(Object.fromEntries([...COUNTED, 'pledges'].map((k) => [k, small(r[k] ?? 0)])) as Record<string, number | string>) })),
      notes: [
        'delivered counts WhatsApp messages with a delivered/read status callback (null when none went by WhatsApp); Telegram reports no deliveries, so there sent = accepted by Telegram.',
        `District counts from 1 to 4 are shown as "${SMALL}".`,
      ],
    };
  }

  return {
    view,
    warnings,
    async list() {
      return (await store.list()).map(view);
    },

    async create(raw: unknown, createdBy: string | null) {
      const parsed = campaignSpecSchema.safeParse(raw);
      if (!parsed.success) throw new CampaignError('invalid', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      const spec = parsed.data;
      const row = await store.create({ name: spec.name, texts: spec.texts as Record<string, string>, buttons: spec.buttons, segment: spec.segment, createdBy });
      const campaign = spec.scheduledAt ? await schedule(row.id, spec.scheduledAt) : view(row);
      return { campaign, warnings: warnings(row) };
    },

    async get(id: string) {
      const c = await mustGet(id);
      return { campaign: view(c), stats: await stats(id) };
    },

    stats,

    /** What each language group will see, how many people each group is, and the warnings. */
    async preview(id: string) {
      const c = await mustGet(id);
      const map = textLangMap(c.texts);
      const audience = await store.audience(c.segment, map);
      const messages = LANGS.map((l) => {
        const used = map[l];
        const reply = used ? campaignReply(c, used, deps.translator.forLang(used)) : null;
        return { language: l, textLanguage: used, text: reply?.text ?? null, buttons: reply?.kind === 'text' ? (reply.choices ?? []).map((ch) => ch.label) : [], dir: reply?.dir ?? null };
      });
      const reach = audience.filter((a) => a.lang !== null).reduce((s, a) => s + a.n, 0);
      const noText = audience.filter((a) => a.lang === null).reduce((s, a) => s + a.n, 0);
      return { campaign: view(c), messages, audience: { reach, skippedNoText: noText, byChannel: audience }, warnings: warnings(c) };
    },

    schedule,

    async sendNow(id: string) {
      const c = await mustGet(id);
      const { started, enqueued } = await store.start(id, ['draft', 'scheduled'], textLangMap(c.texts));
      if (!started) throw new CampaignError('invalid_state', `a ${c.status} campaign cannot be sent now`);
      deps.kick?.();
      return { campaign: view(await mustGet(id)), enqueued };
    },

    async pause(id: string) {
      return move(id, ['sending', 'scheduled'], 'paused');
    },

    async resume(id: string) {
      const c = await mustGet(id);
      const back = c.enqueuedAt ? 'sending' : 'scheduled';
      const out = await move(id, ['paused'], back);
      deps.kick?.();
      return out;
    },

    async cancel(id: string) {
      return move(id, ['draft', 'scheduled', 'sending', 'paused'], 'cancelled');
    },
  };

  async function schedule(id: string, at: string) {
    const when = new Date(at);
    if (Number.isNaN(when.getTime())) throw new CampaignError('invalid', 'scheduledAt must be an ISO date-time');
    return move(id, ['draft', 'scheduled'], 'scheduled', { scheduledAt: when });
  }

  async function move(id: string, from: CampaignRow['status'][], to: CampaignRow['status'], extra: { scheduledAt?: Date } = {}) {
    const c = await mustGet(id);
    if (!(await store.transition(id, from, to, extra))) throw new CampaignError('invalid_state', `a ${c.status} campaign cannot become ${to}`);
    return view(await mustGet(id));
  }
}

export type CampaignService = ReturnType<typeof createCampaignService>;
export type { Lang };
