import { allowedEdits, withinDistance } from './fuzzy.js';
import { normalize, tokenKey, tokenize } from './normalize.js';

/** One token of the message: normalised surface form and spelling-folded key. */
export interface Tok {
  surface: string;
  key: string;
}

interface PatTok {
  key: string;
  surface: string;
  prefix: boolean; // "abus*" matches abuse, abused, abusing
  exact: boolean; // "=hi" never fuzzy-matches (short, ambiguous words)
}

/**
 * A compiled lexicon entry. Syntax: words separated by spaces match in order with at most one
 * other word between them; " + " joins parts that may appear anywhere in the message.
 */
export interface Pattern {
  source: string;
  parts: PatTok[][];
}

export function toTokens(text: string): Tok[] {
  return tokenize(normalize(text)).map((surface) => ({ surface, key: tokenKey(surface) }));
}

function compileWord(word: string): PatTok {
  const exact = word.startsWith('=');
  const prefix = word.endsWith('*');
  const bare = word.replace(/^=/, '').replace(/\*$/, '');
  const surface = normalize(bare);
  return { key: tokenKey(surface), surface, prefix, exact };
}

export function compile(source: string): Pattern {
  const parts = source
    .split(' + ')
    .map((p) => p.trim().split(/\s+/).filter(Boolean).map(compileWord))
    .filter((p) => p.length > 0);
  return { source, parts };
}

export function wordMatches(p: PatTok, t: Tok): boolean {
  if (p.exact) return t.surface === p.surface || t.key === p.key;
  if (t.key === p.key) return true;
  if (p.prefix) return t.key.startsWith(p.key) || t.surface.startsWith(p.surface);
  const edits = allowedEdits(p.key.length);
  // Misspellings rarely change the first letter; requiring it avoids fiance ~ france.
  return edits > 0 && p.key[0] === t.key[0] && withinDistance(p.key, t.key, edits);
}

/**
 * Where each first letter (of a token's key or surface) occurs in a message: a pattern's first word can only
 * match a token that shares its first letter (exact, prefix and fuzzy matches all keep it), so the scan for a
 * pattern visits those positions only. Built once per token array and reused by every list checked against it
 * (a 4,096-character message is checked against ~2,000 patterns).
 */
const starts = new WeakMap<Tok[], Map<string, number[]>>();
function startsOf(toks: Tok[]): Map<string, number[]> {
  let index = starts.get(toks);
  if (!index) {
    index = new Map();
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      for (const c of new Set([t.key[0] ?? '', t.surface[0] ?? ''])) {
        const list = index.get(c);
        if (list) list.push(i);
        else index.set(c, [i]);
      }
    }
    starts.set(toks, index);
  }
  return index;
}

function candidates(first: PatTok, toks: Tok[]): number[] {
  const index = startsOf(toks);
  const a = index.get(first.key[0] ?? '') ?? [];
  const b = first.surface[0] === first.key[0] ? [] : (index.get(first.surface[0] ?? '') ?? []);
  return b.length === 0 ? a : [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Start/end token index of the first occurrence of a sequence (gap ≤ 1 between words). */
function findSeq(seq: PatTok[], toks: Tok[]): [number, number] | null {
  const first = seq[0];
  if (!first) return null;
  for (const s of candidates(first, toks)) {
    const t0 = toks[s];
    if (!t0 || !wordMatches(first, t0)) continue;
    let pos = s;
    let ok = true;
    for (let k = 1; k < seq.length && ok; k++) {
      const p = seq[k] as PatTok;
      const a = toks[pos + 1];
      const b = toks[pos + 2];
      if (a && wordMatches(p, a)) pos += 1;
      else if (b && seq.length > 1 && wordMatches(p, b)) pos += 2;
      else ok = false;
    }
    if (ok) return [s, pos];
  }
  return null;
}

/** Token spans where every part of the pattern occurs; null when it does not match. */
export function matchSpans(pat: Pattern, toks: Tok[]): Array<[number, number]> | null {
  const spans: Array<[number, number]> = [];
  for (const part of pat.parts) {
    const span = findSeq(part, toks);
    if (!span) return null;
    spans.push(span);
  }
  return spans;
}

export function matches(pat: Pattern, toks: Tok[]): boolean {
  return matchSpans(pat, toks) !== null;
}

/** Weighted entry: pattern plus score contribution. */
export interface Weighted {
  pat: Pattern;
  w: number;
}

export function weighted(entries: ReadonlyArray<readonly [string, number]>): Weighted[] {
  return entries.map(([src, w]) => ({ pat: compile(src), w }));
}

export function compileAll(sources: readonly string[]): Pattern[] {
  return sources.map(compile);
}

/** Answers already worked out for a token array: the rules ask about the same list and message many times. */
const answered = new WeakMap<Tok[], Map<readonly Pattern[], boolean>>();

export function anyMatch(pats: readonly Pattern[], toks: Tok[]): boolean {
  let known = answered.get(toks);
  if (!known) {
    known = new Map();
    answered.set(toks, known);
  }
  let hit = known.get(pats);
  if (hit === undefined) {
    hit = pats.some((p) => matches(p, toks));
    known.set(pats, hit);
  }
  return hit;
}

/** The token matches one of these single-word patterns. */
export function tokenIn(pats: readonly Pattern[], t: Tok | undefined): boolean {
  if (!t) return false;
  return pats.some((p) => {
    const w = p.parts[0]?.[0];
    return w !== undefined && wordMatches(w, t);
  });
}
