/**
 * Classifies JSON lines {"id","text"} from stdin, one JSON line out per input:
 * {"id","topic","emergency","lang"} with emergency as a boolean. Bad lines are reported on
 * stderr with their line number; the rest continue. Stdout carries nothing but results.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { understand } from '../core/understand/index.js';

const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let bad = 0;
  for await (const raw of rl) {
    n++;
    if (!raw.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      bad++;
      process.stderr.write(`line ${n}: not valid JSON\n`);
      continue;
    }
    const line = Line.safeParse(parsed);
    if (!line.success) {
      bad++;
      process.stderr.write(`line ${n}: expected {"id","text"}: ${line.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}\n`);
      continue;
    }
    const u = understand(line.data.text);
    process.stdout.write(`${JSON.stringify({ id: line.data.id, topic: u.topic, emergency: u.emergency !== false, lang: u.lang })}\n`);
  }
  if (bad > 0) process.exitCode = 1;
}

await main();
