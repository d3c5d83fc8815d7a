/**
 * Scores the understanding module on a labelled JSONL file
 * ({"id","lang","text","topic","emergency"}); default: ../shared/eval/intents-dev.jsonl.
 * Prints per-topic accuracy, the misses, emergency recall and false-emergency rate, and as its
 * last line a JSON summary.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseLabelled } from '../core/understand/evaluate.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = resolve(process.cwd(), process.argv[2] ?? resolve(repo, '../shared/eval/intents-dev.jsonl'));
const { rows, errors } = parseLabelled(readFileSync(file, 'utf8'));
for (const e of errors) process.stderr.write(`${e}\n`);
const r = evaluate(rows);

console.log(`file: ${file}`);
console.log('topic accuracy by topic:');
for (const [topic, s] of Object.entries(r.byTopic).sort()) {
  console.log(`  ${topic.padEnd(15)} ${s.correct}/${s.total}  ${(s.correct / s.total).toFixed(2)}`);
}
console.log('topic accuracy by language:');
for (const [lang, s] of Object.entries(r.byLang).sort()) {
  console.log(`  ${lang.padEnd(15)} ${s.correct}/${s.total}  ${(s.correct / s.total).toFixed(2)}`);
}
if (r.misses.length) console.log('topic misses (expected -> got):');
for (const m of r.misses) console.log(`  ${m.id} [${m.lang}] ${m.expected} -> ${m.got}: ${m.text}`);
if (r.missedEmergencies.length) console.log('MISSED EMERGENCIES:');
for (const m of r.missedEmergencies) console.log(`  ${m.id} [${m.lang}] ${m.text}`);
if (r.falseAlarms.length) console.log('false emergencies:');
for (const m of r.falseAlarms) console.log(`  ${m.id} [${m.lang}] ${m.text}`);
console.log(`emergency recall ${r.emergency_recall.toFixed(3)}, false-emergency rate ${r.false_emergency_rate.toFixed(3)}`);
console.log(JSON.stringify({ n: r.n, topic_accuracy: r.topic_accuracy, emergency_recall: r.emergency_recall, false_emergency_rate: r.false_emergency_rate }));
