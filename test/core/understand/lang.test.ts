import { describe, expect, it } from 'vitest';
import { detectLang, suggestUiLang } from '../../../src/core/understand/index.js';

describe('detectLang', () => {
  it('uses the script first', () => {
    expect(detectLang('पति मारपीट करता है')).toBe('hi');
    expect(detectLang('شوہر مارپیٹ کرتا ہے')).toBe('ur');
    expect(detectLang('my husband hits me')).toBe('en');
  });

  it('recognises romanised Hindi/Urdu by its function words', () => {
    expect(detectLang('mera pati mujhe marta hai')).toBe('hi-Latn');
    expect(detectLang('sakhi centre kahan hai')).toBe('hi-Latn');
    expect(detectLang('one stop centre in anantnag')).toBe('en');
    expect(detectLang('hi')).toBe('en');
  });

  it('spots Kashmiri letters and Dogri words', () => {
    expect(detectLang('مےٚ چھُ مدد ژٲنِۍ')).toBe('ks');
    expect(detectLang('मिगी मदद चाहिदी ऐ, तुसें दस्सो')).toBe('doi');
  });
});

describe('suggestUiLang', () => {
  it('suggests Hindi for Devanagari, Urdu for Arabic script, else English', () => {
    expect(suggestUiLang('नमस्ते')).toBe('hi');
    expect(suggestUiLang('السلام علیکم')).toBe('ur');
    expect(suggestUiLang('namaste ji')).toBe('en');
    expect(suggestUiLang('hello')).toBe('en');
    expect(suggestUiLang('')).toBe('en');
  });
});
