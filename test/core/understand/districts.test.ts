import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/core/understand/index.js';

const district = (s: string) => understand(s).district;

describe('district names', () => {
  it('maps the old name Islamabad to Anantnag, in three scripts', () => {
    expect(district('one stop centre in Islamabad')).toBe('Anantnag');
    expect(district('anant nag mein sakhi kendra')).toBe('Anantnag');
    expect(district('اسلام آباد میں مرکز')).toBe('Anantnag');
    expect(district('अनंतनाग में वन स्टॉप सेंटर')).toBe('Anantnag');
  });

  it('finds Leh written in English, Hindi and Urdu', () => {
    expect(district('osc leh')).toBe('Leh');
    expect(district('लेह में सखी केंद्र')).toBe('Leh');
    expect(district('لیہ میں سینٹر')).toBe('Leh');
  });

  it('tolerates common misspellings and spacing', () => {
    expect(district('centre in baramula')).toBe('Baramulla');
    expect(district('sri nagar shelter')).toBe('Srinagar');
    expect(district('سری نگر')).toBe('Srinagar');
    expect(district('kishtiwar')).toBe('Kishtwar');
    expect(district('कुपवाड़ा')).toBe('Kupwara');
  });

  it('does not take an ordinary word for a district', () => {
    expect(district('he punched me')).toBeUndefined();
    expect(district('let me go')).toBeUndefined();
  });

  it('a district with a centre word is an OSC question', () => {
    const u = understand('sakhi centre kargil');
    expect(u).toMatchObject({ topic: 'osc', district: 'Kargil' });
  });
});
