import { join } from 'node:path';
import type { Env } from '../config/env.js';
import type { Logger } from '../core/ports.js';
import { createNodeCipher } from '../db/crypto-node.js';
import type { Runtime } from '../deps.js';
import { createPlatformFetch } from './platform-fetch-node.js';
import { openSendJournal } from './send-journal-node.js';

/** The Node-only parts of the runtime for the server (src/node.ts) and the campaign CLI. */
export function nodeRuntimeParts(env: Pick<Env, 'DATA_DIR'>, logger: Logger): Pick<Runtime, 'openSendJournal' | 'platformFetch' | 'createCipher' | 'batchReplyIds'> {
  return {
    openSendJournal: (workerId) => openSendJournal(join(env.DATA_DIR, 'campaign-journal'), workerId, logger),
    platformFetch: createPlatformFetch().fetch as never,
    createCipher: createNodeCipher,
    batchReplyIds: true,
  };
}
