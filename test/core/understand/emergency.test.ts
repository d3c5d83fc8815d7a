import { readFileSync } from 'node:fs';
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

describe('danger read from the whole message (no single phrase says it)', () => {
  it.each([
    "he's coming home drunk, I'm scared",
    'वो शराब पी के आ रहा है मुझे डर लग रहा है',
    'میں بہت ڈری ہوئی ہوں وہ نشے میں ہے',
    'dar lag raha hai woh aa raha hai',
    'i am bleeding he pushed me down the stairs',
    'he just hit me on the head and I feel dizzy',
    'they are forcing me to marry tomorrow morning, I am 15',
    'کل میری زبردستی شادی کر رہے ہیں میں 14 سال کی ہوں',
    'kal meri shaadi hai aur main sirf 13 saal ki hoon',
    'my uncle is in the house and he touches me, he is here now',
    'someone is following me and I am alone on the road',
    'मदद करो वो दरवाज़ा तोड़ रहा है',
    'میرے شوہر نے مجھے گھر میں بند کر دیا ہے',
    'they have tied me up in the storeroom',
    'help me he wont let me leave the house and took my phone',
    // Figures of speech must not hide a real threat; a condition does not when something is happening now.
    'he said if I tell my mother he will kill me, he is outside my room now',
    'he said he will kill me if I go to my exam, he has the knife',
    'my husband is a typical abuser, he will kill me tonight',
    'no im not safe, he is standing outside',
    'he has the kitchen knife and he is screaming',
  ])('%s', (text) => {
    expect(em(text)).toBe('danger');
  });

  it.each(['i took 20 tablets', 'i have a rope and I am going to end it tonight'])('%s (self-harm)', (text) => {
    expect(em(text)).toBe('self_harm');
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
    // A threat with a condition and nothing about now is for safety planning, not an emergency answer: every labelled set
    // that had one said so ("my husband will kill me if he sees this chat", "ghar wapas gayi to maar dalega").
    'he said if I tell my mother he will kill me',
    'he said he will kill me if I go to my exam',
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
    "I'm scared my husband will find out I messaged you",
    'I was scared of the exam but it went fine',
    'my friend was scared when he came home drunk last year',
    'I am afraid to go to the police',
    'मुझे कोर्ट जाने से डर लगता है',
    'can a 16 year old get married today in J&K',
    'how to report a child marriage happening in our village next week',
    'what should I bring to the one stop centre tomorrow',
    'main apne mayke mein hoon, woh yahan nahi hai',
    'he used to drink and shout but we live separately now',
    'میرے شوہر شراب پیتے ہیں، کیا میں طلاق لے سکتی ہوں',
    'Which bus will take me to the OSC in Srinagar?',
    'can I take her to delhi tomorrow for the court hearing',
    'I am standing on the roof to get network, can you hear me',
    'my husband is back from work, can we talk later',
    'the auto driver took the wrong route and charged me extra yesterday',
    'my daughter did not come home on time yesterday, she was at a friend',
    'mamaji delhi bhej rahe hain naukri ke liye next year, is it safe',
    'my dupatta got stuck in the ceiling fan lol',
    'usne paise dena bandh kar diya',
    'this exam will kill me',
    'ammi maar dalegi agar der se gayi',
    'news mein acid attack ki photo dikhayi',
    'I am scared of what is coming in court',
    'I am tied up with work, can we talk tomorrow',
    'he is sleeping now, I can talk',
    'My husband used to beat me. He locked me in the room many times. What can I do?',
    'is the OSC safe for my daughter, is it not safe at night?',
  ])('%s', (text) => {
    expect(em(text)).toBe(false);
  });
});

describe('fresh phrasings written after the rules (fourteen probes, en/hi/hi-Latn/ur)', () => {
  // test/fixtures/emergency-probes.jsonl: 445 emergencies and 435 tricky non-emergencies, each probe written
  // fresh (twelve by helpers that never saw the rules); the rules were widened for what they missed. The last
  // (g5_*, 60 + 60 close to the line) was scored first on finished rules: 53/60 caught, 5 false alarms.
  const rows = readFileSync(new URL('../../fixtures/emergency-probes.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; emergency: boolean });

  // Left as a miss on purpose: catching it needed "take her to" + a city, which also fired on "can I take her
  // to Delhi tomorrow for the court hearing".
  const KNOWN_MISSES = [
    "i teach class 8. one of my girls just told me her uncle is waiting at the school gate to take her to a 'relative' in delhi tonight, she is shaking and refuses to go out. parents not picking up. school closes in 20 mins",
  ];

  it('flags every emergency but the known misses', () => {
    expect(rows.filter((r) => r.emergency && !em(r.text)).map((r) => r.text)).toEqual(KNOWN_MISSES);
  });

  // Kept on purpose: exam stress is a real cause of suicide, so "killing myself over this exam" and "mar hi
  // jaungi" are not read as figures of speech; a self-harm answer (Tele-MANAS 14416) to a joke does no harm.
  const KNOWN_FALSE_ALARMS = [
    'killing myself over this patwari exam prep, no time for anything else',
    'yaar ye serial dekh ke toh mar hi jaungi, itna rona aata hai',
    'mar jaungi main is exam ke stress se yaar 😂 kal physics ka paper hai',
  ];

  it('flags none of the others but the known false alarms', () => {
    expect(rows.filter((r) => !r.emergency && em(r.text)).map((r) => r.text)).toEqual(KNOWN_FALSE_ALARMS);
  });
});

describe('an untouched set (80 lines by a helper, never used to write a rule)', () => {
  // test/fixtures/emergency-unseen.jsonl measures how the rules do on wording they were not fitted to. Do not widen
  // rules for its misses: add new probes to emergency-probes.jsonl instead, and keep this one for measuring.
  // Measured at the end of the third session: 33/40 emergencies as first scored, 34/40 after the "raat" bug it
  // exposed was fixed (a rule fix, not a phrase); 1 false alarm in 40. Fourth session: 36/40 (general rules written
  // for other sets: her own alarm word, a plea closing the message, a stepfather or uncle touching a child now). Fifth
  // session: 37/40 (general rules again). These floors keep it from getting worse.
  const rows = readFileSync(new URL('../../fixtures/emergency-unseen.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; emergency: boolean });

  it('catches at least 37 of its 40 emergencies and raises at most 1 false alarm in its 40 others', () => {
    const caught = rows.filter((r) => r.emergency && em(r.text)).length;
    const alarms = rows.filter((r) => !r.emergency && em(r.text)).length;
    expect(rows.filter((r) => r.emergency)).toHaveLength(40);
    expect(caught).toBeGreaterThanOrEqual(37);
    expect(alarms).toBeLessThanOrEqual(1);
  });
});
