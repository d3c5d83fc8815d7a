import { existsSync, readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CONSOLE_SCRIPT_PARTS, joinConsoleScript } from '../../src/console/assets/script-parts.js';

/**
 * The console's script is served as one file joined from parts: the Node server reads the parts named in
 * CONSOLE_SCRIPT_PARTS, the Worker imports each as a text module and joins its own list. A part missing from
 * either, or a different order, breaks the console on one runtime only.
 */
const srcFile = (path: string) => new URL(`../../src/${path}`, import.meta.url);
const part = (name: string) => readFileSync(srcFile(`console/assets/${name}`), 'utf8');

/** What src/worker.ts imports from console/assets as script parts, and what it joins, in order. */
function workerParts(): { imported: string[]; joined: string[] } {
  const worker = readFileSync(srcFile('worker.ts'), 'utf8');
  const files = new Map<string, string>();
  for (const m of worker.matchAll(/^import (\w+) from '\.\/console\/assets\/([\w.-]+\.js)';$/gm)) files.set(m[1] ?? '', m[2] ?? '');
  const list = /joinConsoleScript\(\[([^\]]*)\]\)/.exec(worker)?.[1] ?? '';
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  return { imported: [...files.values()], joined: names.map((n) => files.get(n) ?? `${n} (not imported from console/assets)`) };
}

describe('console script parts', () => {
  it('the Worker joins the same parts, in the same order, as the Node server', () => {
    const { imported, joined } = workerParts();
    expect(joined).toEqual([...CONSOLE_SCRIPT_PARTS]);
    expect([...imported].sort()).toEqual([...CONSOLE_SCRIPT_PARTS].sort());
  });

  it('every listed part exists and is a classic script in its own scope', () => {
    for (const name of CONSOLE_SCRIPT_PARTS) {
      expect(existsSync(srcFile(`console/assets/${name}`)), `${name} is missing`).toBe(true);
      const text = part(name);
      // vm.Script compiles a classic script: an import or export statement is a syntax error here.
      expect(() => new Script(text, { filename: name }), name).not.toThrow();
      expect(text, name).toMatch(/^\(\(\) => \{\n {2}'use strict';$/m);
      expect(text.trimEnd().endsWith('})();'), `${name} ends its own scope with a semicolon`).toBe(true);
    }
  });

  it('the joined script compiles as one', () => {
    const joined = joinConsoleScript(CONSOLE_SCRIPT_PARTS.map(part));
    expect(() => new Script(joined, { filename: 'console.js' })).not.toThrow();
  });
});
