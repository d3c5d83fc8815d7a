import { describe, expect, it } from 'vitest';
import { normalize, tokenKey } from '../../../src/core/understand/normalize.js';
import { understand } from '../../../src/core/understand/index.js';

const key = (s: string) => tokenKey(normalize(s));

describe('normalize', () => {
  it('lower-cases, strips zero-width characters and collapses stretched letters', () => {
    expect(normalize('BACH\u200BAOOOO!!')).toBe('bachao!!');
    expect(normalize('Pleeeease')).toBe('please');
  });

  it('drops Devanagari nukta so क़ानून and कानून are the same word', () => {
    expect(normalize('क़ानून')).toBe(normalize('कानून'));
    expect(normalize('ज़हर')).toBe('जहर');
  });

  it('unifies Arabic and Urdu letter variants and strips harakat', () => {
    expect(normalize('كيا')).toBe('کیا'); // Arabic kaf/yeh -> Urdu
    expect(normalize('مُجھے')).toBe('مجھے');
    expect(normalize('ه')).toBe('ہ');
  });

  it('turns Devanagari and Urdu digits into ASCII', () => {
    expect(normalize('१८१ ۱۱۲')).toBe('181 112');
  });

  it('folds romanised spelling variants to one key', () => {
    expect(key('maar')).toBe(key('mar'));
    expect(key('shaadi')).toBe(key('shadi'));
    expect(key('pati')).toBe(key('pathi'));
    expect(key('zeher')).toBe(key('jeher'));
    expect(key('chat')).not.toBe(key('cat'));
  });

  it('folds Hindi long/short vowels and Urdu heh variants', () => {
    expect(key('बच्ची')).toBe(key('बच्चि'));
    expect(key('شوھر')).toBe(key('شوہر'));
  });

  it('understands the same message across spelling variants and scripts mixed in one line', () => {
    expect(understand('mera pati mujhe maarta hai').topic).toBe('dv');
    expect(understand('meraa pathi mujhe martaa he').topic).toBe('dv');
    expect(understand('mera pati मुझे मारता है').topic).toBe('dv');
    expect(understand('میرا husband مجھے مارتا ہے').topic).toBe('dv');
  });
});
