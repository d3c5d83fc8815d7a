import { and, eq, sql } from 'drizzle-orm';
import type { SubscriptionDesk } from '../../core/flows/subscription.js';
import type { Db } from '../client.js';
import { campaignPledges, campaigns, subscriptions } from '../schema/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opt-in, opt-out and pledges over PostgreSQL. Rows reference people with ON DELETE CASCADE (erase). */
export function createSubscriptionStore(db: Db): SubscriptionDesk {
  return {
    async status(personId) {
      const [row] = await db.select({ status: subscriptions.status }).from(subscriptions).where(eq(subscriptions.personId, personId)).limit(1);
      return row?.status ?? null;
    },

    async subscribe(personId, { source, district, at }) {
      // A later opt-in (e.g. a deep link for another district) refreshes consent time, source and district.
      await db
        .insert(subscriptions)
        .values({ personId, status: 'subscribed', source, district, consentedAt: at })
        .onConflictDoUpdate({
          target: subscriptions.personId,
          set: {
            status: 'subscribed',
            source,
            district: sql`coalesce(${district}, ${subscriptions.district})`,
            consentedAt: at,
            unsubscribedAt: null,
            unsubscribeReason: null,
          },
        });
    },

    async unsubscribe(personId, reason, at) {
      const rows = await db
        .update(subscriptions)
        .set({ status: 'unsubscribed', unsubscribedAt: at, unsubscribeReason: reason })
        .where(and(eq(subscriptions.personId, personId), eq(subscriptions.status, 'subscribed')))
        .returning({ id: subscriptions.personId });
      return rows.length > 0;
    },

    async pledge(campaignId, personId) {
      if (!UUID.test(campaignId)) return 'unknown';
      const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, campaignId)).limit(1);
      if (!campaign) return 'unknown';
      const [sub] = await db.select({ district: subscriptions.district }).from(subscriptions).where(eq(subscriptions.personId, personId)).limit(1);
      const inserted = await db
        .insert(campaignPledges)
        .values({ campaignId, personId, district: sub?.district ?? null })
        .onConflictDoNothing()
        .returning({ id: campaignPledges.personId });
      return inserted.length > 0 ? 'counted' : 'already';
    },
  };
}
