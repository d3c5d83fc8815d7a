import type { ChannelSender, Recipient } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/replies.js';
import { createCipher } from '../../src/db/crypto.js';
import { loadDefaultCentres } from '../../src/centres/defaults.js';
import { createCentreStore } from '../../src/db/stores/centre-store.js';
import { createChatMessageStore } from '../../src/db/stores/chat-message-store.js';
import { createConversationStore } from '../../src/db/stores/conversation-store.js';
import { type CoreDeps, handleInbound } from '../../src/core/handle-inbound.js';
import type { InboundContent } from '../../src/core/events.js';
import { type Hours, parseHours } from '../../src/core/hours.js';
import { createCaseStore } from '../../src/db/stores/case-store.js';
import { createStaffStore } from '../../src/db/stores/staff-store.js';
import { createTranslator } from '../../src/i18n/index.js';
import { createTestDatabase } from './test-db.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** A sender that records what the core would have sent, per person. */
export function recordingSender(): ChannelSender & { sent: { to: Recipient; reply: Reply }[]; forgotten: number } {
  const rec = {
    sent: [] as { to: Recipient; reply: Reply }[],
    forgotten: 0,
    async send(to: Recipient, replies: Reply[]) {
      for (const reply of replies) rec.sent.push({ to, reply });
    },
    async forget() {
      rec.forgotten++;
      return { deleted: 0 };
    },
  };
  return rec;
}

/** The core over a real database, with a recording sender on the telegram channel. */
/** `hours` in India time; the default keeps counsellors always online so tests do not depend on the clock. */
export async function createCoreHarness(opts: { hours?: string } = {}) {
  const hours = opts.hours ?? '00:00-24:00';
  const { database, cleanup } = await createTestDatabase();
  const cipher = await createCipher(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  const store = createConversationStore(database.db, cipher);
  const messages = createChatMessageStore(database.db, cipher);
  const centres = createCentreStore(database.db);
  await loadDefaultCentres(centres);
  const cases = createCaseStore(database.db, cipher, parseHours(hours) as Hours);
  const staff = createStaffStore(database.db);
  const sender = recordingSender();
  const core: CoreDeps = {
    store,
    chatLog: messages,
    translator: await createTranslator(),
    senders: { telegram: sender },
    services: { centres, cases: cases.desk },
    logger: silent,
  };
  let n = 0;
  /** Sends one event from `user` and returns the replies it produced. */
  async function say(user: string, content: InboundContent | string): Promise<Reply[]> {
    const before = sender.sent.length;
    await handleInbound(core, {
      channel: 'telegram',
      externalUserId: user,
      providerMessageId: `t-${++n}`,
      receivedAt: new Date(),
      content: typeof content === 'string' ? { kind: 'text', text: content } : content,
    });
    return sender.sent.slice(before).map((s) => s.reply);
  }
  return { database, cipher, store, messages, centres, cases, staff, sender, core, say, cleanup };
}
