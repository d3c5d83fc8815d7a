import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');

describe('classify CLI', () => {
  it('writes one JSON line per good input and line-numbered errors for bad ones', () => {
    const input = [
      '{"id":"a","text":"bachao abhi maar raha hai"}',
      'not json',
      '{"id":"b"}',
      '{"id":"c","text":"sakhi centre kahan hai"}',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/classify.ts'], { cwd: repo, input, encoding: 'utf8' });
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toEqual([
      { id: 'a', topic: 'dv', emergency: true, lang: 'hi-Latn' },
      { id: 'c', topic: 'osc', emergency: false, lang: 'hi-Latn' },
    ]);
    expect(run.stderr).toMatch(/line 2: /);
    expect(run.stderr).toMatch(/line 3: /);
  }, 30_000);
});
