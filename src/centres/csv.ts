import { z } from 'zod';
import type { CentreRecord } from '../db/stores/centre-store.js';

/** One CSV record and the physical line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvImportError extends Error {
  readonly code = 'CSV_INVALID';
  /** Every problem found, each as `line N: <reason>`. */
  constructor(readonly problems: string[]) {
    super(`The centres file has ${problems.length} problem(s); nothing was imported:\n${problems.join('\n')}`);
    this.name = 'CsvImportError';
  }
}

/**
 * RFC 4180 records: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF, a
 * leading BOM. Small enough to own; a dependency would add more surface than it saves.
 */
export function parseCsv(input: string): { records: CsvRecord[]; problems: string[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: string[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let startLine = 1;
  let inQuotes = false;
  let quotedField = false;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record (e.g. the newline at the end of the file).
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) records.push({ line: startLine, fields });
    fields = [];
    field = '';
    quotedField = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      inQuotes = true;
      quotedField = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      quotedField = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else if (c === '"') {
      problems.push(`line ${line}: a quote (") inside an unquoted field; put the whole field in quotes and double the quote`);
      field += c;
    } else {
      field += c;
    }
  }
  if (inQuotes) problems.push(`line ${startLine}: a quoted field is never closed`);
  else if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return { records, problems };
}

export const REQUIRED_COLUMNS = [
  'id', 'name', 'district', 'ut', 'address', 'phone', 'latitude', 'longitude', 'coordinate_basis', 'source', 'verified',
] as const;
export const OPTIONAL_COLUMNS = ['services', 'hours', 'last_verified'] as const;

// India's bounding box with a margin: a point outside it is a swapped or mistyped coordinate.
const INDIA = { minLat: 6, maxLat: 38, minLng: 68, maxLng: 98 };

const text = (name: string) => z.string().trim().min(1, `${name} is empty`);
const coordinate = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^[-+]?\d+(\.\d+)?$/, `${name} is not a number`)
    .transform(Number)
    .refine((v) => v >= min && v <= max, `${name} must be between ${min} and ${max}`);

const rowSchema = z
  .object({
    id: text('id').max(64, 'id is longer than 64 characters'),
    name: text('name'),
    district: text('district'),
    ut: text('ut'),
    address: z.string().trim(),
    phone: z
      .string()
      .trim()
      .refine((v) => v === '' || (/^\+?\d[\d -]*$/.test(v) && /^(\D*\d){3,13}\D*$/.test(v)), 'phone must be empty or 3 to 13 digits (+, spaces and dashes allowed)')
      .transform((v) => (v === '' ? null : v)),
    latitude: coordinate('latitude', -90, 90),
    longitude: coordinate('longitude', -180, 180),
    coordinate_basis: text('coordinate_basis').regex(/^[a-z_]+$/, 'coordinate_basis must be a word like district_hq or exact'),
    source: text('source'),
    verified: z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === 'yes' || v === 'no', 'verified must be yes or no')
      .transform((v) => v === 'yes'),
    services: z
      .string()
      .default('')
      .transform((v) => v.split(/[;|]/).map((s) => s.trim()).filter((s) => s !== '')),
    hours: z
      .string()
      .default('')
      .transform((v) => (v.trim() === '' ? null : v.trim())),
    last_verified: z
      .string()
      .default('')
      .transform((v) => v.trim())
      .refine((v) => v === '' || isIsoDate(v), 'last_verified must be a date like 2025-01-31')
      .transform((v) => (v === '' ? null : v)),
  })
  .superRefine((r, ctx) => {
    const inIndia = r.latitude >= INDIA.minLat && r.latitude <= INDIA.maxLat && r.longitude >= INDIA.minLng && r.longitude <= INDIA.maxLng;
    const onEarth = Math.abs(r.latitude) <= 90 && Math.abs(r.longitude) <= 180; // else already reported
    if (onEarth && !inIndia) ctx.addIssue({ code: 'custom', message: `latitude ${r.latitude}, longitude ${r.longitude} is outside India (swapped or mistyped?)` });
  });

/** Checks a whole file. Returns the rows, or every problem found (never just the first). */
export function validateCentresCsv(input: string): { ok: true; rows: CentreRecord[] } | { ok: false; problems: string[] } {
  const { records, problems } = parseCsv(input);
  const [header, ...data] = records;
  if (!header) return { ok: false, problems: ['line 1: the file is empty (expected a header row)'] };
  const columns = header.fields.map((f) => f.trim());
  const headerProblem = checkHeader(columns);
  if (headerProblem) return { ok: false, problems: [`line ${header.line}: ${headerProblem}`, ...problems] };

  const rows: CentreRecord[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const rec of data) {
    if (rec.fields.length !== columns.length) {
      problems.push(`line ${rec.line}: expected ${columns.length} fields, found ${rec.fields.length} (a comma inside a field needs quotes)`);
      continue;
    }
    const raw = Object.fromEntries(columns.map((c, i) => [c, rec.fields[i] as string]));
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`line ${rec.line}: ${issue.message}`);
      continue;
    }
    const r = parsed.data;
    const seen = firstLineOfId.get(r.id);
    if (seen !== undefined) {
      problems.push(`line ${rec.line}: id ${r.id} is already used on line ${seen}`);
      continue;
    }
    firstLineOfId.set(r.id, rec.line);
    rows.push({
      id: r.id, name: r.name, district: r.district, ut: r.ut, address: r.address, phone: r.phone,
      latitude: r.latitude, longitude: r.longitude, services: r.services, hours: r.hours, source: r.source,
      lastVerified: r.last_verified, verified: r.verified, coordinateBasis: r.coordinate_basis,
    });
  }
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** Validates, then imports all rows in one transaction; throws CsvImportError and imports nothing if any row is bad. */
export async function importCentresCsv(
  store: { upsertAll(rows: readonly CentreRecord[]): Promise<number> },
  input: string,
): Promise<number> {
  const result = validateCentresCsv(input);
  if (!result.ok) throw new CsvImportError(result.problems);
  return store.upsertAll(result.rows);
}

function checkHeader(columns: string[]): string | undefined {
  const required = columns.slice(0, REQUIRED_COLUMNS.length);
  if (required.join(',') !== REQUIRED_COLUMNS.join(',')) {
    return `the header must start with exactly: ${REQUIRED_COLUMNS.join(',')}`;
  }
  const extra = columns.slice(REQUIRED_COLUMNS.length);
  const unknown = extra.filter((c) => !(OPTIONAL_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) return `unknown column(s) ${unknown.join(', ')}; optional columns are ${OPTIONAL_COLUMNS.join(', ')}`;
  if (new Set(extra).size !== extra.length) return 'a column appears twice';
  return undefined;
}

function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const lineOf = (problem: string): number => Number(/^line (\d+)/.exec(problem)?.[1] ?? 0);
