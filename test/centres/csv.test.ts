import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CENTRES_CSV, loadDefaultCentres } from '../../src/centres/defaults.js';
import { CsvImportError, importCentresCsv, parseCsv, validateCentresCsv } from '../../src/centres/csv.js';
import type { Database } from '../../src/db/client.js';
import { centres } from '../../src/db/schema/index.js';
import { type CentreStore, createCentreStore } from '../../src/db/stores/centre-store.js';
import { createTestDatabase } from '../helpers/test-db.js';

const HEADER = 'id,name,district,ut,address,phone,latitude,longitude,coordinate_basis,source,verified';
const row = (id: string, extra = 'Leh,Ladakh,"Main Bazaar, Leh",,34.15,77.57,district_hq,test,no') => `${id},Centre ${id},${extra}`;

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks in quotes, CRLF and a BOM, with start lines', () => {
    const input = `\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n\r\nlast,row`;
    const { records, problems } = parseCsv(input);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 6, fields: ['last', 'row'] },
    ]);
  });

  it('reports a quote that is never closed', () => {
    expect(parseCsv('a,b\n"open,b\nc,d\n').problems).toEqual(['line 2: a quoted field is never closed']);
  });
});

describe('validateCentresCsv', () => {
  it('accepts the shipped directory: 22 districts, no phone invented, all unverified', () => {
    const result = validateCentresCsv(readFileSync(DEFAULT_CENTRES_CSV, 'utf8'));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(new Set(result.rows.map((r) => r.district)).size).toBe(22);
    expect(result.rows.every((r) => r.phone === null && !r.verified)).toBe(true);
    expect(result.rows.find((r) => r.id === 'LA-LEH-01')?.name).toBe('One Stop Centre Leh (Dept. of Social and Tribal Welfare, UT Ladakh)');
  });

  it('reports every bad row by its physical line, counting line breaks inside quotes', () => {
    const input = [
      HEADER,
      'A-1,"Centre, with comma",Jammu,Jammu and Kashmir,"two',
      'line address",0191-2345678,32.7,74.8,district_hq,test,yes',
      'A-2,B,,Jammu and Kashmir,x,12,32.7,74.8,district_hq,test,maybe',
      'A-1,C,Leh,Ladakh,x,,34.1,77.5,district_hq,test,no',
      'A-3,D,Leh,Ladakh,x,,77.5,34.1,district_hq,test,no',
      'A-4,E,Leh,Ladakh,x,,north,77.5,district_hq,test,no',
      'A-5,F,Leh,Ladakh,x,,34.1,77.5,district_hq,test',
    ].join('\n');
    const result = validateCentresCsv(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'line 4: district is empty',
      'line 4: phone must be empty or 3 to 13 digits (+, spaces and dashes allowed)',
      'line 4: verified must be yes or no',
      'line 5: id A-1 is already used on line 2',
      'line 6: latitude 77.5, longitude 34.1 is outside India (swapped or mistyped?)',
      'line 7: latitude is not a number',
      'line 8: expected 11 fields, found 10 (a comma inside a field needs quotes)',
    ]);
  });

  it('rejects a header that is not the directory format', () => {
    const result = validateCentresCsv('id,name,district\nA,B,C\n');
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^line 1: the header must start with exactly: id,name/)] });
  });

  it('reads the optional services, hours and last_verified columns', () => {
    const input = `${HEADER},services,hours,last_verified\n${row('S-1')},medical aid; legal aid,24x7,2025-01-31\n`;
    const result = validateCentresCsv(input);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.rows[0]).toMatchObject({ services: ['medical aid', 'legal aid'], hours: '24x7', lastVerified: '2025-01-31', address: 'Main Bazaar, Leh' });
  });
});

describe('importing into the database', () => {
  let database: Database;
  let cleanup: () => Promise<void>;
  let store: CentreStore;
  beforeAll(async () => {
    ({ database, cleanup } = await createTestDatabase());
  });
  afterAll(async () => cleanup?.());
  beforeEach(async () => {
    await database.db.delete(centres);
    store = createCentreStore(database.db);
  });

  it('imports nothing when one row is bad, and the error names its line', async () => {
    const input = [HEADER, row('G-1'), row('G-2'), 'G-3,Bad,Leh,Ladakh,x,,34.1,277.5,district_hq,test,no', row('G-4')].join('\r\n');
    const err = await importCentresCsv(store, input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvImportError);
    expect((err as CsvImportError).problems).toEqual(['line 4: longitude must be between -180 and 180']);
    expect(await store.count()).toBe(0);
  });

  it('keeps a quoted comma inside the address', async () => {
    await importCentresCsv(store, `${HEADER}\n${row('Q-1')}\n`);
    expect((await store.inDistrict('Leh'))[0]?.address).toBe('Main Bazaar, Leh');
  });

  it('re-importing the same ids updates them instead of adding rows', async () => {
    await importCentresCsv(store, `${HEADER}\n${row('U-1')}\n${row('U-2')}\n`);
    const changed = 'U-1,Sakhi Centre Leh,Leh,Ladakh,"Near SNM Hospital, Leh",+91 1982 252000,34.16,77.58,exact,test,yes';
    await importCentresCsv(store, `${HEADER}\n${changed}\n`);
    expect(await store.count()).toBe(2);
    const [first] = await store.nearest({ latitude: 34.16, longitude: 77.58 }, 1);
    expect(first).toMatchObject({ id: 'U-1', name: 'Sakhi Centre Leh', phone: '+91 1982 252000', verified: true });
  });

  it('loads the shipped directory only into an empty table', async () => {
    expect(await loadDefaultCentres(store)).toBe(22);
    expect(await loadDefaultCentres(store)).toBe(0);
    expect(await store.count()).toBe(22);
  });
});
