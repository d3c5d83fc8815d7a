/**
 * The fake Bot API in its own process for benchmarks (so its work is not counted against the server).
 * Prints `{"url": ...}` on stdout when ready. Forgets recorded calls every second so memory stays flat.
 */
import { startFakeTelegram } from '../../test/fakes/telegram-api.js';

const fake = await startFakeTelegram({ token: process.env.BENCH_TOKEN });
let total = 0;
setInterval(() => {
  total += fake.calls.length;
  fake.calls.length = 0;
}, 1000).unref();
process.stdout.write(`${JSON.stringify({ url: fake.url })}\n`);
process.on('message', (m) => {
  if (m === 'count') process.send?.({ calls: total + fake.calls.length });
});
process.on('SIGTERM', () => void fake.close().finally(() => process.exit(0)));
