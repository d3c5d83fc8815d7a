import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelled } from '../../../src/core/understand/evaluate.js';

const repo = resolve(import.meta.dirname, '../../..');
const load = (path: string) => parseLabelled(readFileSync(path, 'utf8'));

describe('intent understanding on labelled sets', () => {
  it('meets the targets on our own held-out set (all topics, four scripts)', () => {
    const { rows, errors } = load(resolve(repo, 'test/fixtures/intents-heldout.jsonl'));
    expect(errors).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['en', 'hi', 'hi-Latn', 'ur']));
    const r = evaluate(rows);
    expect(r.missedEmergencies.map((m) => m.text)).toEqual([]);
    expect(r.emergency_recall).toBe(1);
    expect(r.false_emergency_rate).toBeLessThanOrEqual(0.05);
    expect(r.topic_accuracy).toBeGreaterThanOrEqual(0.92);
  });

  // 7,430 lines written by forty-four helper sessions that never saw the classifier (2026-11-27). First scored: topic
  // 0.836 / 0.845 / 0.950 / 0.900 / 0.900 / 0.960, then thirteen sets of short messages in the dev set's style 0.946 /
  // 0.931 / 0.950 / 0.925 / 0.800 / 0.933 / 0.945 / 0.793 / 0.865 / 0.965 / 0.807 / 0.975 / 0.929 (each later set
  // after the rules the earlier ones prompted); emergencies 10/15, 13/16, 16/20, 12/18, 18/25, 19/25, 15/16, 16/16,
  // 23/25, 20/22, 46/60, 36/40, 56/70, 34/40, 27/30, 59/70, 24/25, 64/70; a fifth session's three sets 36/38, 61/70,
  // 63/70 (topic 0.955 / 0.907 / 0.864), then 28/31 and 55/70 (topic 0.92 / 0.68), then 24/25 and
  // 68/80 (topic 0.98 / 0.87), then 19/26, 75/80 and 7/8 (topic 0.965 / 0.86 / 0.935),
  // then 23/24, 49/80 and 18/20 (topic 0.95 / 0.67 / 0.91), then 30/32 and 69/80 (topic 0.963 / 0.887), then
  // 56/60 and 25/26 (topic 0.911 / 0.986), then 31/32 and 38/45 (topic 0.983 / 0.889), then
  // 29/30 and 45/53 (topic 0.985 / 0.872), then 31/32 and 62/80 (topic 0.954 / 0.825); a last
  // 300-line measuring set, no rule written after it: 36/36, no false alarm, topic 0.98. Rules were then widened by kind of wording.
  it('keeps what the fresh probes taught: topic, every emergency, few false alarms', () => {
    const { rows, errors } = load(resolve(repo, 'test/fixtures/intents-probes.jsonl'));
    expect(errors).toEqual([]);
    const r = evaluate(rows);
    expect(r.missedEmergencies.map((m) => m.text)).toEqual([]);
    expect(r.false_emergency_rate).toBeLessThanOrEqual(0.02);
    expect(r.topic_accuracy).toBeGreaterThanOrEqual(0.98);
  }, 60_000); // ~1.3 s alone; 13 s seen beside the browser tests under two CPU hogs

  // 200 requests written to sit on a boundary between topics ("delete what I told you about domestic violence", "switch to
  // Hindi, I want to ask about the DV law", "thanks, I reached the One Stop Centre"). First scored 0.55; 0.745 after
  // commands were made to win over what a message mentions. Kept apart: it is harder than real traffic by design.
  it('holds the topic-boundary set at its measured accuracy, with no false alarm', () => {
    const { rows, errors } = load(resolve(repo, 'test/fixtures/topic-boundaries.jsonl'));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(200);
    const r = evaluate(rows);
    expect(r.false_emergency_rate).toBe(0);
    expect(r.topic_accuracy).toBeGreaterThanOrEqual(0.74);
  });

  const dev = resolve(repo, '../shared/eval/intents-dev.jsonl');
  it.skipIf(!existsSync(dev))('meets the targets on the shared dev set', () => {
    const r = evaluate(load(dev).rows);
    expect(r.emergency_recall).toBe(1);
    expect(r.false_emergency_rate).toBeLessThanOrEqual(0.05);
    expect(r.topic_accuracy).toBeGreaterThanOrEqual(0.92);
  });

  it('reports bad fixture lines by number instead of throwing', () => {
    const { rows, errors } = parseLabelled('{"id":"a","lang":"en","text":"hi","topic":"menu","emergency":false}\nnot json\n{"id":1}\n');
    expect(rows).toHaveLength(1);
    expect(errors).toEqual(['line 2: not valid JSON', 'line 3: not a labelled row']);
  });
});
