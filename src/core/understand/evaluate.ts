import { z } from 'zod';
import { understand } from './index.js';

const Labelled = z.object({
  id: z.string(),
  lang: z.string(),
  text: z.string(),
  topic: z.string(),
  emergency: z.boolean(),
});
export type LabelledRow = z.infer<typeof Labelled>;

/** Parses a labelled JSONL file; bad lines become line-numbered errors instead of throwing. */
export function parseLabelled(jsonl: string): { rows: LabelledRow[]; errors: string[] } {
  const rows: LabelledRow[] = [];
  const errors: string[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const r = Labelled.safeParse(JSON.parse(line));
      if (r.success) rows.push(r.data);
      else errors.push(`line ${i + 1}: not a labelled row`);
    } catch {
      errors.push(`line ${i + 1}: not valid JSON`);
    }
  });
  return { rows, errors };
}

interface Tally { correct: number; total: number }
interface Miss { id: string; lang: string; text: string; expected: string; got: string }

export interface EvalReport {
  n: number;
  topic_accuracy: number;
  emergency_recall: number;
  false_emergency_rate: number;
  byTopic: Record<string, Tally>;
  byLang: Record<string, Tally>;
  misses: Miss[];
  missedEmergencies: LabelledRow[];
  falseAlarms: LabelledRow[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Topic accuracy, emergency recall and false-emergency rate (over non-emergency rows). */
export function evaluate(rows: readonly LabelledRow[]): EvalReport {
  const byTopic: Record<string, Tally> = {};
  const byLang: Record<string, Tally> = {};
  const misses: Miss[] = [];
  const missedEmergencies: LabelledRow[] = [];
  const falseAlarms: LabelledRow[] = [];
  let correct = 0;
  let emergencies = 0;
  let calm = 0;
  for (const row of rows) {
    const u = understand(row.text);
    const ok = u.topic === row.topic;
    for (const [bucket, key] of [[byTopic, row.topic], [byLang, row.lang]] as const) {
      const t = bucket[key] ?? { correct: 0, total: 0 };
      bucket[key] = t;
      t.total++;
      if (ok) t.correct++;
    }
    if (ok) correct++;
    else misses.push({ id: row.id, lang: row.lang, text: row.text, expected: row.topic, got: u.topic });
    const flagged = u.emergency !== false;
    if (row.emergency) {
      emergencies++;
      if (!flagged) missedEmergencies.push(row);
    } else {
      calm++;
      if (flagged) falseAlarms.push(row);
    }
  }
  return {
    n: rows.length,
    topic_accuracy: round(rows.length ? correct / rows.length : 0),
    emergency_recall: round(emergencies ? (emergencies - missedEmergencies.length) / emergencies : 1),
    false_emergency_rate: round(calm ? falseAlarms.length / calm : 0),
    byTopic,
    byLang,
    misses,
    missedEmergencies,
    falseAlarms,
  };
}
