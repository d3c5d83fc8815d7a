import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/core/understand/index.js';

const em = (s: string) => understand(s).emergency;

describe('danger now', () => {
  it.each([
    'he is beating me right now',
    'help he has a knife',
    'they locked me in and are hitting me',
    'my husband is trying to strangle me',
    'I am being beaten',
    'मुझे बचाओ',
    'पति अभी मुझे पीट रहा है',
    'bachaooo',
    'wo mujhe maar dalega',
    'مجھے بچاؤ',
    'وہ مجھے مار رہا ہے',
  ])('%s', (text) => {
    expect(em(text)).toBe('danger');
    expect(understand(text).topic).toBe('dv');
  });
});

describe('self-harm', () => {
  it.each([
    'I want to end my life',
    'no reason to live anymore',
    'मैं आत्महत्या करना चाहती हूँ',
    'khudkushi',
    'marna chahti hu',
    'jeene ka mann nahi',
    'خودکشی',
    'میں مرنا چاہتی ہوں',
    'i swallowed sleeping pills',
  ])('%s', (text) => {
    expect(em(text)).toBe('self_harm');
    expect(understand(text).topic).toBe('counsellor');
  });
});

describe('not an emergency: past, habitual, informational, negated, other senses', () => {
  it.each([
    'my husband hit me last year, what are my rights',
    'what is the punishment for killing',
    'I was beaten as a child',
    'he used to beat me',
    'my husband keeps slapping me',
    'pati ne pichle saal maara tha',
    'पति रोज़ मारता है',
    'मेरा पति मुझे नहीं मारता',
    'شوہر نے پچھلے سال مارا تھا',
    'this heat is killing me',
    'how to kill mosquitoes',
    'machhar maar raha hu',
    'suicide prevention helpline number',
    'I do not want to kill myself, I just want to talk',
    'मैं आत्महत्या नहीं करूँगी',
    'میں خودکشی نہیں کروں گی',
    'I don’t want to live with my in-laws anymore',
    'beti bachao beti padhao',
    'बच्चों को शोषण से कैसे बचाएं',
    'my phone is dead',
  ])('%s', (text) => {
    expect(em(text)).toBe(false);
  });
});
