/**
 * The counsellor console's script, kept in parts by concern (each a classic script in its own scope), in
 * the order they are joined and served as the one /console/static/console.js the page loads. The first
 * part creates the window.SaheliConsole namespace the others add to; the last one starts the page.
 *
 * src/node.ts reads these files; src/worker.ts imports each as a text module (wrangler.toml [[rules]]) and
 * joins them in this order too (test/console/script-parts.test.ts checks that the two agree).
 */
export const CONSOLE_SCRIPT_PARTS = [
  'console-strings-en.js',
  'console-strings-hi.js',
  'console-core.js',
  'console-screens.js',
  'console-queue.js',
  'console-conversation.js',
  'console-live.js',
  'console-campaigns.js',
  'console-campaign.js',
  'console-start.js',
] as const;

/** The one script served, from the parts' texts in CONSOLE_SCRIPT_PARTS order. */
export function joinConsoleScript(parts: readonly string[]): string {
  return parts.join('\n');
}
