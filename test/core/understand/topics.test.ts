import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/core/understand/index.js';

describe('topics and details', () => {
  it('sexual abuse of a child is POCSO, for a boy as well as a girl', () => {
    expect(understand('our neighbour molested my 7 year old son')).toMatchObject({ topic: 'pocso', aboutChild: true, thirdParty: true });
    expect(understand('बेटी के साथ छेड़छाड़ हुई')).toMatchObject({ topic: 'pocso', aboutChild: true });
  });

  it('a marriage and an age under 18 is child marriage, also with number words', () => {
    expect(understand('they are marrying me off, I am 15')).toMatchObject({ topic: 'child_marriage', aboutChild: true });
    expect(understand('पंद्रह साल की लड़की की शादी')).toMatchObject({ topic: 'child_marriage' });
    expect(understand('married for 3 years, husband hits me').topic).toBe('dv');
  });

  it('fills a best-effort subtopic', () => {
    expect(understand('how do I get a protection order').subtopic).toBe('orders');
    expect(understand('pati kharcha nahi deta').subtopic).toBe('maintenance');
    expect(understand('sasural walon ne ghar se nikal diya').subtopic).toBe('residence');
    expect(understand('बाल विवाह कैसे रोकें')).toMatchObject({ topic: 'child_marriage', subtopic: 'stop_marriage' });
    expect(understand('can a child marriage be annulled').subtopic).toBe('annulment');
  });

  it('short commands', () => {
    expect(understand('stop').topic).toBe('subscription');
    expect(understand('मत भेजो').topic).toBe('subscription');
    expect(understand('مت بھیجو').topic).toBe('subscription');
    expect(understand('delete my history').topic).toBe('delete');
    expect(understand('urdu mein baat karo').topic).toBe('language');
    expect(understand('salaam').topic).toBe('menu');
  });

  it('falls back to other with low confidence for gibberish', () => {
    const u = understand('qwzx plmk');
    expect(u.topic).toBe('other');
    expect(u.confidence).toBeLessThan(0.5);
  });
});
