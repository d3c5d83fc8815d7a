/*
 * Saheli counsellor console. Plain browser JavaScript, no build step, no framework, no modules, under a
 * strict CSP (no inline script or style). Everything a person wrote is put on the page with textContent
 * only, never innerHTML: a message containing markup shows as text.
 *
 * The API never sends phone numbers or platform names; this page has no place to show them either.
 */
(() => {
  'use strict';

  const API = '/console/api';
  const UI_LANG_KEY = 'saheli.console.lang';
  const POLL_MS = 20_000;
  const CLOCK_MS = 30_000;
  const REQUEST_TIMEOUT_MS = 20_000;
  const SSE_RETRY_MS = 5_000;

  // ---- UI strings (the console's own language, not the person's) ----

  const STRINGS = {
    en: {
      title: 'Saheli counsellor console',
      uiLanguage: 'Console language',
      loading: 'Loading…',
      signInTitle: 'Sign in',
      email: 'Email',
      password: 'Password',
      signInButton: 'Sign in',
      signingIn: 'Signing in…',
      signOut: 'Sign out',
      signedInAs: 'Signed in as {name}',
      missingFields: 'Enter your email and password.',
      wrongCredentials: 'Wrong email or password.',
      locked: 'This account is locked. Try again in {n} minutes.',
      rateLimited: 'Too many attempts from here. Try again in {n} minutes.',
      sessionEnded: 'Your session has ended. Please sign in again.',
      offline: 'Cannot reach the server. Check the connection and try again.',
      failed: 'That did not work ({error}). Please try again.',
      queueTitle: 'Conversations',
      waiting: 'Waiting',
      mine: 'My conversations',
      noneWaiting: 'No one is waiting.',
      noneMine: 'You have no open conversations.',
      pickCase: 'Choose a conversation from the list.',
      claim: 'Claim',
      open: 'Open',
      emergency: 'Emergency',
      thirdParty: 'For someone else',
      waitingFor: 'waiting {n} min',
      waitingJustNow: 'waiting <1 min',
      startedAgo: 'started {n} min ago',
      unread: '{n} new',
      newWaiting: 'A new conversation is waiting.',
      newEmergency: 'An emergency conversation is waiting.',
      taken: 'Another counsellor took this conversation.',
      gone: 'This conversation is no longer waiting: another counsellor took it, or she left.',
      movedAway: 'This conversation was moved to another counsellor.',
      claimed: 'You claimed {ref}.',
      noDistrict: 'district not known',
      language: 'Language: {lang}',
      rtl: 'right-to-left',
      channel_telegram: 'Telegram',
      channel_whatsapp: 'WhatsApp',
      channel_web: 'Web chat',
      status_waiting: 'Waiting for a counsellor. Claim it to reply.',
      status_closed: 'This conversation is closed.',
      status_other: 'Another counsellor has this conversation.',
      transferTo: 'Transfer to',
      transfer: 'Transfer',
      chooseCounsellor: 'Choose a counsellor',
      onlineMark: '(online)',
      awayMark: '(away)',
      transferred: '{ref} was transferred to {name}.',
      outcome: 'Outcome',
      chooseOutcome: 'Choose an outcome',
      outcome_information: 'Information given',
      outcome_referred_osc: 'Referred to One Stop Centre',
      outcome_referred_police: 'Referred to police',
      outcome_legal_aid: 'Legal aid',
      outcome_other: 'Other',
      closeCase: 'Close conversation',
      needOutcome: 'Choose an outcome first.',
      closeConfirm: 'Close {ref} as “{outcome}”? She will be told the conversation has ended and the bot will answer her again.',
      closeYes: 'Yes, close it',
      cancel: 'Cancel',
      closedDone: '{ref} is closed.',
      cannedLabel: 'Prepared replies',
      cannedPlaceholder: 'Prepared replies…',
      enterHint: 'Enter sends, Shift+Enter for a new line',
      replyLabel: 'Your reply',
      replyPlaceholder: 'Write a reply…',
      notePlaceholder: 'Write a reply or a private note…',
      send: 'Send',
      addNote: 'Add private note',
      notDelivered: 'The reply was saved but could not be delivered.',
      you: 'You',
      counsellor: 'Counsellor',
      noteLabel: 'Private note — only counsellors see this',
      noteBy: 'Private note by {name} — only counsellors see this',
      system: 'System',
      newMessage: 'New message in {ref}',
      sections: 'Sections',
      campaignsTitle: 'Campaigns',
      campaignList: 'Campaigns',
      newCampaign: 'New campaign',
      noCampaigns: 'No campaigns yet.',
      pickCampaign: 'Choose a campaign from the list, or start a new one.',
      campaignName: 'Name (only staff see it)',
      messageText: 'Message text',
      textsHint: 'At least one language. Kashmiri falls back to the Urdu text, then English; Dogri to Hindi, then English. People whose language has no text are skipped. Prefer neutral words: many read this on a phone shared with the person who harms them.',
      buttonsTitle: 'Buttons',
      buttonsHint: 'A “Stop updates” button is always added.',
      addPledge: 'Add a pledge button',
      pledgeHint: 'Button label per language (WhatsApp shows 20 characters).',
      extraButton: 'Another button',
      extra_none: 'None',
      extra_find_help: 'Find help near her',
      extra_rights: 'Know your rights',
      extra_menu: 'Main menu',
      segmentTitle: 'Who gets it',
      segmentHint: 'Only people who subscribed. Nothing ticked in a group means everyone in it.',
      segChannels: 'Channel',
      segLanguages: 'Language',
      segDistricts: 'District',
      division_jammu: 'Jammu division',
      division_kashmir: 'Kashmir division',
      division_ladakh: 'Ladakh',
      whenTitle: 'When',
      scheduleOptional: 'Send at (optional; leave empty to preview first and send by hand)',
      createPreview: 'Create and preview',
      needName: 'Give the campaign a name.',
      needText: 'Write the message in at least one language.',
      needPledgeLabel: 'Write the pledge button’s label in at least one language, or untick it.',
      needFuture: 'Choose a time in the future.',
      invalidCampaign: 'The campaign was not accepted: {detail}',
      campaignCreated: '“{name}” was saved as a draft. Check the preview before sending.',
      cstatus_draft: 'Draft',
      cstatus_scheduled: 'Scheduled',
      cstatus_sending: 'Sending',
      cstatus_paused: 'Paused',
      cstatus_done: 'Done',
      cstatus_cancelled: 'Cancelled',
      createdAt: 'created {when}',
      scheduledFor: 'goes out {when}',
      finishedAt: 'finished {when}',
      progressOf: 'Progress of {name}',
      progressShort: '{done}/{total} · {sent} sent',
      allChannels: 'all channels',
      allLanguages: 'all languages',
      allDistricts: 'all districts',
      segmentIs: 'To: {who}',
      warningsTitle: 'Please check before sending:',
      warningsNoBlock: 'This is advice only; you can still send it.',
      actions: 'Actions',
      sendNow: 'Send now',
      sendAt: 'Send at',
      schedule: 'Schedule',
      reschedule: 'Change time',
      pause: 'Pause',
      resume: 'Resume',
      cancelCampaign: 'Cancel campaign',
      confirmSend: 'Send “{name}” now to {n} subscribed people? Once sent, messages cannot be called back.',
      confirmSendUnknown: 'Send “{name}” now? Once sent, messages cannot be called back.',
      confirmSendYes: 'Yes, send now',
      confirmCancel: 'Cancel “{name}”? Messages not sent yet will not go out.',
      confirmCancelYes: 'Yes, cancel it',
      sendingStarted: '“{name}” is going out to {n} people.',
      done_schedule: '“{name}” is scheduled.',
      done_pause: '“{name}” is paused.',
      done_resume: '“{name}” goes on.',
      done_cancel: '“{name}” is cancelled.',
      wrongState: 'The campaign changed meanwhile; this is its state now.',
      statsTitle: 'Progress',
      progressText: '{done} of {total} handled ({pct}%)',
      progressDone: 'Done: {done} of {total} handled',
      stat_queued: 'Queued',
      stat_sent: 'Sent',
      stat_delivered: 'Delivered (WhatsApp)',
      stat_failed: 'Failed',
      stat_blocked: 'Blocked the bot',
      stat_skipped: 'Skipped',
      stat_pledges: 'Pledges',
      skippedWhy: 'Why some were skipped:',
      reasonCount: '{reason}: {n}',
      reason_open_case: 'in a conversation with a counsellor',
      reason_unsubscribed: 'unsubscribed before it reached them',
      reason_no_text: 'no text in their language',
      reason_cancelled: 'campaign cancelled',
      reason_other: 'other',
      byDistrict: 'By district',
      district: 'District',
      statsNotes: 'Delivered counts WhatsApp messages with a delivery receipt; Telegram reports no deliveries, so there “sent” means accepted by Telegram. District counts from 1 to 4 are shown as “< 5” so nobody can be singled out.',
      previewTitle: 'Preview',
      messagesTitle: 'Messages',
      reach: 'Reaches {n} subscribed people now (people in a conversation with a counsellor are skipped when it goes out).',
      reachSkipped: 'Reaches {n} subscribed people now; {skipped} more are skipped: no text in their language.',
      groupText: '{channel}, {lang} text: {n}',
      groupNoText: '{channel}, no text in their language: {n}',
      usesText: 'gets the {lang} text',
      noTextSkipped: 'No text: people in this language are skipped.',
      campaignFinished: '“{name}” has finished sending.',
    },
    hi: {
      title: 'सहेली परामर्शदाता कंसोल',
      uiLanguage: 'कंसोल की भाषा',
      loading: 'लोड हो रहा है…',
      signInTitle: 'साइन इन करें',
      email: 'ईमेल',
      password: 'पासवर्ड',
      signInButton: 'साइन इन करें',
      signingIn: 'साइन इन हो रहा है…',
      signOut: 'साइन आउट',
      signedInAs: '{name} के रूप में साइन इन',
      missingFields: 'अपना ईमेल और पासवर्ड लिखें।',
      wrongCredentials: 'ईमेल या पासवर्ड गलत है।',
      locked: 'यह खाता अभी बंद है। {n} मिनट बाद फिर कोशिश करें।',
      rateLimited: 'यहाँ से बहुत ज़्यादा कोशिशें हुईं। {n} मिनट बाद फिर कोशिश करें।',
      sessionEnded: 'आपका सत्र खत्म हो गया। कृपया फिर से साइन इन करें।',
      offline: 'सर्वर से संपर्क नहीं हो पा रहा। कनेक्शन जाँचें और फिर कोशिश करें।',
      failed: 'यह नहीं हो पाया ({error})। फिर कोशिश करें।',
      queueTitle: 'बातचीत',
      waiting: 'इंतज़ार में',
      mine: 'मेरी बातचीत',
      noneWaiting: 'कोई इंतज़ार में नहीं है।',
      noneMine: 'आपकी कोई खुली बातचीत नहीं है।',
      pickCase: 'सूची से कोई बातचीत चुनें।',
      claim: 'लें',
      open: 'खोलें',
      emergency: 'आपातकाल',
      thirdParty: 'किसी और के लिए',
      waitingFor: '{n} मिनट से इंतज़ार',
      waitingJustNow: '1 मिनट से कम इंतज़ार',
      startedAgo: '{n} मिनट पहले शुरू',
      unread: '{n} नए',
      newWaiting: 'एक नई बातचीत इंतज़ार में है।',
      newEmergency: 'एक आपातकालीन बातचीत इंतज़ार में है।',
      taken: 'यह बातचीत किसी और परामर्शदाता ने ले ली है।',
      gone: 'यह बातचीत अब इंतज़ार में नहीं है: किसी और परामर्शदाता ने ले ली, या वे चली गईं।',
      movedAway: 'यह बातचीत किसी और परामर्शदाता को सौंप दी गई है।',
      claimed: '{ref} अब आपकी है।',
      noDistrict: 'ज़िला पता नहीं',
      language: 'भाषा: {lang}',
      rtl: 'दाएँ से बाएँ',
      channel_telegram: 'टेलीग्राम',
      channel_whatsapp: 'व्हाट्सऐप',
      channel_web: 'वेब चैट',
      status_waiting: 'परामर्शदाता का इंतज़ार। जवाब देने के लिए इसे लें।',
      status_closed: 'यह बातचीत बंद हो चुकी है।',
      status_other: 'यह बातचीत किसी और परामर्शदाता के पास है।',
      transferTo: 'किसे सौंपें',
      transfer: 'सौंपें',
      chooseCounsellor: 'परामर्शदाता चुनें',
      onlineMark: '(ऑनलाइन)',
      awayMark: '(दूर)',
      transferred: '{ref} अब {name} को सौंप दी गई।',
      outcome: 'नतीजा',
      chooseOutcome: 'नतीजा चुनें',
      outcome_information: 'जानकारी दी गई',
      outcome_referred_osc: 'वन स्टॉप सेंटर भेजा',
      outcome_referred_police: 'पुलिस के पास भेजा',
      outcome_legal_aid: 'कानूनी सहायता',
      outcome_other: 'अन्य',
      closeCase: 'बातचीत बंद करें',
      needOutcome: 'पहले नतीजा चुनें।',
      closeConfirm: '{ref} को “{outcome}” के साथ बंद करें? उन्हें बताया जाएगा कि बातचीत खत्म हुई और बॉट फिर से जवाब देगा।',
      closeYes: 'हाँ, बंद करें',
      cancel: 'रद्द करें',
      closedDone: '{ref} बंद हो गई।',
      cannedLabel: 'तैयार जवाब',
      cannedPlaceholder: 'तैयार जवाब…',
      enterHint: 'Enter से भेजें, नई पंक्ति के लिए Shift+Enter',
      replyLabel: 'आपका जवाब',
      replyPlaceholder: 'जवाब लिखें…',
      notePlaceholder: 'जवाब या निजी नोट लिखें…',
      send: 'भेजें',
      addNote: 'निजी नोट जोड़ें',
      notDelivered: 'जवाब सहेजा गया, पर पहुँचाया नहीं जा सका।',
      you: 'आप',
      counsellor: 'परामर्शदाता',
      noteLabel: 'निजी नोट — सिर्फ़ परामर्शदाता देख सकते हैं',
      noteBy: '{name} का निजी नोट — सिर्फ़ परामर्शदाता देख सकते हैं',
      system: 'सिस्टम',
      newMessage: '{ref} में नया संदेश',
      sections: 'हिस्से',
      campaignsTitle: 'अभियान',
      campaignList: 'अभियान',
      newCampaign: 'नया अभियान',
      noCampaigns: 'अभी कोई अभियान नहीं।',
      pickCampaign: 'सूची से कोई अभियान चुनें, या नया शुरू करें।',
      campaignName: 'नाम (सिर्फ़ स्टाफ़ देखता है)',
      messageText: 'संदेश',
      textsHint: 'कम से कम एक भाषा में। कश्मीरी वालों को उर्दू, फिर अंग्रेज़ी संदेश जाता है; डोगरी वालों को हिन्दी, फिर अंग्रेज़ी। जिनकी भाषा में संदेश नहीं, उन्हें नहीं भेजा जाता। सादे शब्द चुनें: बहुत-सी महिलाएँ यह फ़ोन उसी के साथ बाँटती हैं जो उन्हें नुकसान पहुँचाता है।',
      buttonsTitle: 'बटन',
      buttonsHint: '“संदेश बंद करें” बटन हमेशा जुड़ता है।',
      addPledge: 'शपथ का बटन जोड़ें',
      pledgeHint: 'हर भाषा में बटन का नाम (व्हाट्सऐप 20 अक्षर दिखाता है)।',
      extraButton: 'एक और बटन',
      extra_none: 'कोई नहीं',
      extra_find_help: 'पास में मदद',
      extra_rights: 'अपने अधिकार जानें',
      extra_menu: 'मुख्य मेन्यू',
      segmentTitle: 'किसे भेजें',
      segmentHint: 'सिर्फ़ जिन्होंने सदस्यता ली। किसी समूह में कुछ न चुनें तो उसमें सब।',
      segChannels: 'चैनल',
      segLanguages: 'भाषा',
      segDistricts: 'ज़िला',
      division_jammu: 'जम्मू संभाग',
      division_kashmir: 'कश्मीर संभाग',
      division_ladakh: 'लद्दाख',
      whenTitle: 'कब',
      scheduleOptional: 'भेजने का समय (चाहें तो; खाली छोड़ें तो पहले देखकर खुद भेजें)',
      createPreview: 'बनाएँ और देखें',
      needName: 'अभियान का नाम लिखें।',
      needText: 'कम से कम एक भाषा में संदेश लिखें।',
      needPledgeLabel: 'शपथ बटन का नाम कम से कम एक भाषा में लिखें, या उसे हटा दें।',
      needFuture: 'आगे का कोई समय चुनें।',
      invalidCampaign: 'अभियान स्वीकार नहीं हुआ: {detail}',
      campaignCreated: '“{name}” ड्राफ़्ट के रूप में सहेजा गया। भेजने से पहले देख लें।',
      cstatus_draft: 'ड्राफ़्ट',
      cstatus_scheduled: 'तय समय पर',
      cstatus_sending: 'भेजा जा रहा है',
      cstatus_paused: 'रुका हुआ',
      cstatus_done: 'पूरा',
      cstatus_cancelled: 'रद्द',
      createdAt: '{when} बना',
      scheduledFor: '{when} जाएगा',
      finishedAt: '{when} पूरा हुआ',
      progressOf: '{name} की प्रगति',
      progressShort: '{done}/{total} · {sent} भेजे',
      allChannels: 'सभी चैनल',
      allLanguages: 'सभी भाषाएँ',
      allDistricts: 'सभी ज़िले',
      segmentIs: 'किसे: {who}',
      warningsTitle: 'भेजने से पहले देख लें:',
      warningsNoBlock: 'यह सिर्फ़ सलाह है; आप फिर भी भेज सकते हैं।',
      actions: 'कार्य',
      sendNow: 'अभी भेजें',
      sendAt: 'भेजने का समय',
      schedule: 'समय तय करें',
      reschedule: 'समय बदलें',
      pause: 'रोकें',
      resume: 'फिर शुरू करें',
      cancelCampaign: 'अभियान रद्द करें',
      confirmSend: '“{name}” अभी {n} सदस्यों को भेजें? भेजे गए संदेश वापस नहीं होते।',
      confirmSendUnknown: '“{name}” अभी भेजें? भेजे गए संदेश वापस नहीं होते।',
      confirmSendYes: 'हाँ, अभी भेजें',
      confirmCancel: '“{name}” रद्द करें? जो संदेश अभी नहीं गए, वे नहीं जाएँगे।',
      confirmCancelYes: 'हाँ, रद्द करें',
      sendingStarted: '“{name}” {n} लोगों को भेजा जा रहा है।',
      done_schedule: '“{name}” का समय तय हो गया।',
      done_pause: '“{name}” रोका गया।',
      done_resume: '“{name}” फिर शुरू हुआ।',
      done_cancel: '“{name}” रद्द हुआ।',
      wrongState: 'इस बीच अभियान बदल गया; अब इसकी स्थिति यह है।',
      statsTitle: 'प्रगति',
      progressText: '{total} में से {done} पूरे ({pct}%)',
      progressDone: 'पूरा: {total} में से {done}',
      stat_queued: 'कतार में',
      stat_sent: 'भेजे',
      stat_delivered: 'पहुँचे (व्हाट्सऐप)',
      stat_failed: 'नहीं जा सके',
      stat_blocked: 'बॉट ब्लॉक किया',
      stat_skipped: 'छोड़े गए',
      stat_pledges: 'शपथ',
      skippedWhy: 'कुछ क्यों छोड़े गए:',
      reasonCount: '{reason}: {n}',
      reason_open_case: 'परामर्शदाता से बातचीत चल रही है',
      reason_unsubscribed: 'पहुँचने से पहले सदस्यता छोड़ी',
      reason_no_text: 'उनकी भाषा में संदेश नहीं',
      reason_cancelled: 'अभियान रद्द',
      reason_other: 'अन्य',
      byDistrict: 'ज़िलेवार',
      district: 'ज़िला',
      statsNotes: '“पहुँचे” में सिर्फ़ वे व्हाट्सऐप संदेश गिने जाते हैं जिनकी रसीद आई; टेलीग्राम रसीद नहीं देता, वहाँ “भेजे” का मतलब है टेलीग्राम ने लिया। किसी को पहचाना न जा सके, इसलिए ज़िले में 1 से 4 की गिनती “< 5” दिखती है।',
      previewTitle: 'पूर्वावलोकन',
      messagesTitle: 'संदेश',
      reach: 'अभी {n} सदस्यों तक पहुँचेगा (जिनकी परामर्शदाता से बातचीत चल रही है, उन्हें भेजते समय छोड़ा जाता है)।',
      reachSkipped: 'अभी {n} सदस्यों तक पहुँचेगा; {skipped} और छूटेंगे: उनकी भाषा में संदेश नहीं।',
      groupText: '{channel}, {lang} संदेश: {n}',
      groupNoText: '{channel}, उनकी भाषा में संदेश नहीं: {n}',
      usesText: '{lang} संदेश जाता है',
      noTextSkipped: 'संदेश नहीं: इस भाषा वालों को नहीं भेजा जाएगा।',
      campaignFinished: '“{name}” भेजना पूरा हुआ।',
    },
  };

  /** The person's language, named in itself and in the console's language. */
  const LANGUAGES = {
    en: { own: 'English', en: 'English', hi: 'अंग्रेज़ी' },
    hi: { own: 'हिन्दी', en: 'Hindi', hi: 'हिन्दी' },
    ur: { own: 'اردو', en: 'Urdu', hi: 'उर्दू' },
    ks: { own: 'کٲشُر', en: 'Kashmiri', hi: 'कश्मीरी' },
    doi: { own: 'डोगरी', en: 'Dogri', hi: 'डोगरी' },
  };

  let uiLang = 'en';
  try {
    const saved = localStorage.getItem(UI_LANG_KEY);
    if (saved && STRINGS[saved]) uiLang = saved;
  } catch {
    /* storage disabled: English */
  }

  function t(key, vars) {
    const s = STRINGS[uiLang][key] ?? STRINGS.en[key] ?? key;
    return vars ? s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : s;
  }

  // ---- State: in memory only; nothing about a case is written to storage ----

  const state = {
    user: null,
    csrf: null,
    cases: [],
    fetchedAt: 0,
    current: null, // CaseSummary of the open case
    seen: new Set(), // message ids shown in the log
    unread: new Map(), // caseId -> count
    canned: new Map(), // lang -> replies
    counsellors: [],
    events: null,
    pollTimer: null,
    clockTimer: null,
    queueTimer: null,
    queueLoading: null,
    queueAgain: false,
    knownWaiting: null,
    drafts: new Map(), // caseId -> unsent text, so switching cases loses nothing
    openSeq: 0,
    acting: new Set(), // caseIds with a transfer or close in flight: their own events must not reload them
    section: 'cases', // 'cases' | 'campaigns'
  };

  const $ = (id) => document.getElementById(id);
  const els = {};

  // ---- HTTP ----

  class ApiError extends Error {
    constructor(status, data) {
      super(data?.error || `HTTP ${status}`);
      this.status = status;
      this.data = data || {};
    }
  }

  async function api(method, path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && state.csrf) headers['x-csrf-token'] = state.csrf;
    let res;
    try {
      res = await fetch(API + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch {
      throw new ApiError(0, { error: 'offline' });
    } finally {
      clearTimeout(timer);
    }
    let data = {};
    if (res.status !== 204) {
      try {
        data = await res.json();
      } catch {
        data = {};
      }
    }
    if (!res.ok) {
      // A session that ended (expired, signed out elsewhere) sends everything back to the sign-in form.
      if (res.status === 401 && path !== '/login' && state.user) sessionEnded();
      throw new ApiError(res.status, data);
    }
    return data;
  }

  // ---- Small DOM helpers (textContent only) ----

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  let noticeTimer = null;
  function notice(text, kind) {
    clearTimeout(noticeTimer);
    els.notice.textContent = text;
    els.notice.className = `notice notice-${kind || 'info'}`;
    els.notice.hidden = !text;
    if (text) noticeTimer = setTimeout(() => (els.notice.hidden = true), kind === 'error' ? 15_000 : 8_000);
  }

  function announce(text) {
    els.announcer.textContent = '';
    // A fresh text node so screen readers announce a repeated message too.
    setTimeout(() => (els.announcer.textContent = text), 50);
  }

  function errorText(err) {
    if (err.status === 0) return t('offline');
    return t('failed', { error: err.data.error || err.status });
  }

  // ---- UI language ----

  function applyUiLang() {
    document.documentElement.lang = uiLang;
    document.title = t('title');
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
    for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    for (const b of document.querySelectorAll('[data-ui-lang]')) b.setAttribute('aria-pressed', String(b.dataset.uiLang === uiLang));
    if (state.user) {
      els.whoami.textContent = t('signedInAs', { name: state.user.displayName });
      renderQueue();
      if (state.current) renderCaseHead();
      renderCounsellors();
      relabelMessages();
      renderCampaignList();
      if (camp.current) renderCampaign();
    }
    if (els.cfChannels?.firstChild) relabelSegmentChecks();
  }

  function setUiLang(lang) {
    if (!STRINGS[lang]) return;
    uiLang = lang;
    try {
      localStorage.setItem(UI_LANG_KEY, lang);
    } catch {
      /* not remembered; still switched */
    }
    applyUiLang();
  }

  // ---- Screens ----

  function show(screen) {
    els.loading.hidden = true;
    els.signIn.hidden = screen !== 'sign-in';
    els.signInForm.hidden = screen !== 'sign-in';
    els.app.hidden = screen !== 'app';
    els.signOut.hidden = screen !== 'app';
    els.whoami.hidden = screen !== 'app';
  }

  function signedIn(data) {
    state.user = data.user;
    state.csrf = data.csrfToken;
    els.whoami.textContent = t('signedInAs', { name: state.user.displayName });
    show('app');
    applyUiLang();
    // Campaigners see campaigns only; admins both, by tab; counsellors never see campaigns.
    const role = state.user.role;
    const canCampaigns = role === 'campaigner' || role === 'admin';
    const canCases = role !== 'campaigner';
    els.sections.hidden = !(canCases && canCampaigns);
    setSection(canCases ? 'cases' : 'campaigns');
    if (!canCases) return;
    refreshQueue();
    connectEvents();
    clearInterval(state.pollTimer);
    state.pollTimer = setInterval(() => {
      refreshQueue();
      // The transcript comes live over the stream; only when it is down is it fetched again (each fetch
      // of a case is written to the audit trail, so no needless ones).
      if (state.current && state.events?.readyState !== EventSource.OPEN) reloadCase();
    }, POLL_MS);
    clearInterval(state.clockTimer);
    state.clockTimer = setInterval(renderQueue, CLOCK_MS);
  }

  /** Wipes everything about cases from the page and from memory. */
  function signedOut() {
    state.user = null;
    state.csrf = null;
    state.cases = [];
    state.current = null;
    state.seen = new Set();
    state.unread = new Map();
    state.knownWaiting = null;
    state.drafts = new Map();
    clearInterval(state.pollTimer);
    clearInterval(state.clockTimer);
    if (state.events) state.events.close();
    state.events = null;
    clear(els.waitingList);
    clear(els.mineList);
    clear(els.log);
    resetCampaigns();
    els.sections.hidden = true;
    els.case.hidden = true;
    els.noCase.hidden = false;
    els.password.value = '';
    els.reply.value = '';
    show('sign-in');
  }

  function sessionEnded() {
    signedOut();
    els.signInError.textContent = t('sessionEnded');
  }

  async function signIn(e) {
    e.preventDefault();
    const email = els.email.value.trim();
    const password = els.password.value;
    els.signInError.textContent = '';
    if (!email || !password) {
      els.signInError.textContent = t('missingFields');
      (email ? els.password : els.email).focus();
      return;
    }
    els.signInButton.disabled = true;
    els.signInButton.textContent = t('signingIn');
    try {
      const data = await api('POST', '/login', { email, password });
      els.password.value = '';
      signedIn(data);
    } catch (err) {
      const minutes = Math.max(1, Math.ceil((Number(err.data.retryAfterSeconds) || 60) / 60));
      // Never say whether the email exists: one message for a wrong email and a wrong password.
      if (err.status === 423) els.signInError.textContent = t('locked', { n: minutes });
      else if (err.status === 429) els.signInError.textContent = t('rateLimited', { n: minutes });
      else if (err.status === 401) els.signInError.textContent = t('wrongCredentials');
      else if (err.status === 400) els.signInError.textContent = t('missingFields');
      else els.signInError.textContent = errorText(err);
      els.password.value = '';
      els.password.focus();
    } finally {
      els.signInButton.disabled = false;
      els.signInButton.textContent = t('signInButton');
    }
  }

  async function signOut() {
    try {
      await api('POST', '/logout');
    } catch {
      /* the page forgets the session either way */
    }
    signedOut();
    els.email.focus();
  }

  // ---- Queue ----

  function ageMinutes(c) {
    const seconds = c.waitingSeconds + (Date.now() - state.fetchedAt) / 1000;
    return Math.floor(seconds / 60);
  }

  function languageName(code) {
    const l = LANGUAGES[code];
    if (!l) return code;
    return l.own === l[uiLang] ? l.own : `${l[uiLang]} (${l.own})`;
  }

  function badge(kind, text) {
    return el('span', `badge badge-${kind}`, text);
  }

  function facts(c) {
    return [languageName(c.language), t(`channel_${c.channel}`), c.district || t('noDistrict')];
  }

  function caseItem(c) {
    const li = el('li', 'case-item');
    li.dataset.caseId = c.caseId;
    if (c.emergency) li.classList.add('is-emergency');
    if (state.current && state.current.caseId === c.caseId) li.classList.add('is-current');

    const open = el('button', 'case-open');
    open.type = 'button';
    const line1 = el('span', 'case-line');
    line1.appendChild(el('span', 'case-ref', c.ref));
    if (c.emergency) line1.appendChild(badge('emergency', t('emergency')));
    if (c.thirdParty) line1.appendChild(badge('third', t('thirdParty')));
    const unread = state.unread.get(c.caseId);
    if (unread) line1.appendChild(badge('unread', t('unread', { n: unread })));
    open.appendChild(line1);
    const minutes = ageMinutes(c);
    let when = t('startedAgo', { n: Math.max(1, minutes) });
    if (c.status === 'waiting') when = minutes < 1 ? t('waitingJustNow') : t('waitingFor', { n: minutes });
    open.appendChild(el('span', 'case-meta', [when, ...facts(c)].join(' · ')));
    open.addEventListener('click', () => openCase(c.caseId));
    if (state.current && state.current.caseId === c.caseId) open.setAttribute('aria-current', 'true');
    li.appendChild(open);

    if (c.status === 'waiting') {
      const claim = el('button', 'btn btn-primary btn-claim', t('claim'));
      claim.type = 'button';
      claim.setAttribute('aria-label', `${t('claim')} ${c.ref}`);
      claim.addEventListener('click', () => claimCase(c.caseId, claim));
      li.appendChild(claim);
    }
    return li;
  }

  function sortedQueue() {
    // The server already orders the waiting list (emergencies, then her district/language, then the
    // longest wait); a stable sort only makes sure emergencies stay on top whatever it sends.
    const waiting = state.cases.filter((c) => c.status === 'waiting');
    waiting.sort((a, b) => Number(b.emergency) - Number(a.emergency));
    const mine = state.cases.filter((c) => c.status === 'active' && c.mine);
    return { waiting, mine };
  }

  function renderQueue() {
    if (!state.user) return;
    const { waiting, mine } = sortedQueue();
    // Keep keyboard focus on the same case across a re-render.
    const focused = document.activeElement?.closest?.('.case-item');
    const focusedId = focused?.dataset.caseId;
    const focusedClaim = document.activeElement?.classList.contains('btn-claim');
    clear(els.waitingList);
    clear(els.mineList);
    for (const c of waiting) els.waitingList.appendChild(caseItem(c));
    for (const c of mine) els.mineList.appendChild(caseItem(c));
    els.waitingEmpty.hidden = waiting.length > 0;
    els.mineEmpty.hidden = mine.length > 0;
    els.waitingCount.textContent = waiting.length ? `(${waiting.length})` : '';
    els.mineCount.textContent = mine.length ? `(${mine.length})` : '';
    if (focusedId) {
      const item = document.querySelector(`.case-item[data-case-id="${CSS.escape(focusedId)}"]`);
      const target = item && (focusedClaim ? item.querySelector('.btn-claim') : item.querySelector('.case-open'));
      if (target) target.focus();
    }
  }

  function announceNewWaiting() {
    const waiting = state.cases.filter((c) => c.status === 'waiting');
    const ids = new Set(waiting.map((c) => c.caseId));
    if (state.knownWaiting) {
      const fresh = waiting.filter((c) => !state.knownWaiting.has(c.caseId));
      if (fresh.some((c) => c.emergency)) announce(t('newEmergency'));
      else if (fresh.length) announce(t('newWaiting'));
    }
    state.knownWaiting = ids;
  }

  async function refreshQueue() {
    if (!state.user) return;
    // One request at a time; a burst of queue events becomes one more refresh.
    if (state.queueLoading) {
      state.queueAgain = true;
      return state.queueLoading;
    }
    state.queueLoading = (async () => {
      try {
        const data = await api('GET', '/queue');
        state.cases = Array.isArray(data.cases) ? data.cases : [];
        state.fetchedAt = Date.now();
        announceNewWaiting();
        renderQueue();
      } catch (err) {
        if (err.status !== 401) notice(errorText(err), 'error');
      } finally {
        state.queueLoading = null;
        if (state.queueAgain) {
          state.queueAgain = false;
          refreshQueue();
        }
      }
    })();
    return state.queueLoading;
  }

  function queueSoon() {
    clearTimeout(state.queueTimer);
    state.queueTimer = setTimeout(refreshQueue, 150);
  }

  async function claimCase(caseId, button) {
    if (button) button.disabled = true;
    try {
      const data = await api('POST', `/cases/${encodeURIComponent(caseId)}/claim`);
      notice(t('claimed', { ref: data.case.ref }), 'ok');
      await Promise.all([refreshQueue(), openCase(caseId)]);
      els.reply.focus();
    } catch (err) {
      if (err.status === 409) {
        notice(t('taken'), 'error');
        if (state.current && state.current.caseId === caseId) showGone(t('taken'));
      } else if (err.status !== 401) notice(errorText(err), 'error');
      if (button) button.disabled = false;
      refreshQueue();
    }
  }

  // ---- Conversation ----

  function showGone(text) {
    state.openSeq++;
    state.current = null;
    state.seen = new Set();
    els.case.hidden = true;
    els.noCase.hidden = false;
    els.noCase.textContent = text || t('gone');
    clear(els.log);
    renderQueue();
  }

  function closeCaseView() {
    state.openSeq++; // a load still in flight must not bring it back
    state.current = null;
    state.seen = new Set();
    clear(els.log);
    els.case.hidden = true;
    els.noCase.hidden = false;
    els.noCase.textContent = t('pickCase');
    renderQueue();
  }

  function renderCaseHead() {
    const c = state.current;
    els.caseTitle.textContent = c.ref;
    clear(els.caseBadges);
    if (c.emergency) els.caseBadges.appendChild(badge('emergency', t('emergency')));
    if (c.thirdParty) els.caseBadges.appendChild(badge('third', t('thirdParty')));
    const lang = t('language', { lang: languageName(c.language) }) + (c.dir === 'rtl' ? ` · ${t('rtl')}` : '');
    els.caseFacts.textContent = [lang, t(`channel_${c.channel}`), c.district || t('noDistrict')].join(' · ');

    const mineActive = c.status === 'active' && c.mine;
    els.caseClaim.hidden = c.status !== 'waiting';
    els.transferBox.hidden = !mineActive;
    els.closeBox.hidden = !mineActive;
    els.composer.hidden = !(mineActive || c.status === 'waiting');
    // Before she is claimed a counsellor may leave a note for colleagues but cannot write to her.
    els.send.hidden = !mineActive;
    els.canned.hidden = !mineActive;
    els.reply.placeholder = mineActive ? t('replyPlaceholder') : t('notePlaceholder');
    els.reply.lang = c.language;
    if (!mineActive) els.closeConfirm.hidden = true;

    let stateText = '';
    if (c.status === 'waiting') stateText = t('status_waiting');
    else if (c.status === 'closed') stateText = t('status_closed');
    else if (!c.mine) stateText = t('status_other');
    els.caseState.textContent = stateText;
    els.caseState.hidden = !stateText;
  }

  function messageMeta(m) {
    const c = state.current;
    const time = formatTime(m.at);
    const mine = state.user && m.author && m.author === state.user.displayName;
    if (m.direction === 'in') return `${c ? c.ref : ''} · ${time}`;
    if (m.direction === 'out') return `${mine ? t('you') : m.author || t('counsellor')} · ${time}`;
    if (m.direction === 'note') return `${m.author ? t('noteBy', { name: mine ? t('you') : m.author }) : t('noteLabel')} · ${time}`;
    return time;
  }

  function formatTime(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return '';
    const locale = uiLang === 'hi' ? 'hi-IN' : 'en-IN';
    const sameDay = d.toDateString() === new Date().toDateString();
    return sameDay
      ? d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
      : d.toLocaleString(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  const shown = new WeakMap(); // log item -> its message, to relabel when the UI language changes

  function messageItem(m) {
    const li = el('li', `msg msg-${m.direction}`);
    li.dataset.messageId = String(m.id);
    const text = el('p', 'msg-text', m.text);
    if (m.direction === 'in') {
      // Her words are in her language: right-to-left for Urdu and Kashmiri.
      text.dir = m.dir === 'rtl' || m.dir === 'ltr' ? m.dir : 'auto';
      if (state.current) text.lang = state.current.language;
    } else {
      // A counsellor may answer in her language or in English, and notes mix both: the text decides.
      text.dir = 'auto';
    }
    const meta = el('p', 'msg-meta', messageMeta(m));
    li.appendChild(text);
    li.appendChild(meta);
    shown.set(li, m);
    return li;
  }

  function relabelMessages() {
    for (const li of els.log.children) {
      const m = shown.get(li);
      if (m) li.querySelector('.msg-meta').textContent = messageMeta(m);
    }
  }

  function isMessage(m) {
    return m && (typeof m.id === 'string' || typeof m.id === 'number') && typeof m.text === 'string' && typeof m.direction === 'string';
  }

  /** Adds the messages not shown yet; follows the end unless she scrolled up to read. */
  function appendMessages(list) {
    const log = els.log;
    const atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    let added = 0;
    for (const m of list) {
      if (!isMessage(m) || state.seen.has(String(m.id))) continue;
      state.seen.add(String(m.id));
      log.appendChild(messageItem(m));
      added++;
    }
    if (added && atEnd) log.scrollTop = log.scrollHeight;
  }

  async function loadCanned(lang) {
    if (!state.canned.has(lang)) {
      try {
        const data = await api('GET', `/canned?lang=${encodeURIComponent(lang)}`);
        state.canned.set(lang, Array.isArray(data.replies) ? data.replies : []);
      } catch {
        return;
      }
    }
    if (!state.current || state.current.language !== lang) return;
    while (els.canned.options.length > 1) els.canned.remove(1);
    for (const r of state.canned.get(lang)) {
      const o = el('option', null, r.text.length > 90 ? `${r.text.slice(0, 88)}…` : r.text);
      o.value = r.id;
      o.lang = lang;
      els.canned.appendChild(o);
    }
  }

  async function loadCounsellors() {
    try {
      const data = await api('GET', '/counsellors');
      state.counsellors = Array.isArray(data.counsellors) ? data.counsellors : [];
    } catch {
      state.counsellors = [];
    }
    renderCounsellors();
  }

  function renderCounsellors() {
    const chosen = els.transferTo.value;
    clear(els.transferTo);
    const first = el('option', null, t('chooseCounsellor'));
    first.value = '';
    els.transferTo.appendChild(first);
    const others = state.counsellors.filter((c) => !state.user || c.id !== state.user.id);
    others.sort((a, b) => Number(b.online) - Number(a.online) || a.displayName.localeCompare(b.displayName));
    for (const c of others) {
      const o = el('option', null, `${c.displayName} ${c.online ? t('onlineMark') : t('awayMark')}`);
      o.value = c.id;
      els.transferTo.appendChild(o);
    }
    els.transferTo.value = chosen;
  }

  async function openCase(caseId) {
    const seq = ++state.openSeq;
    const switching = !state.current || state.current.caseId !== caseId;
    let data;
    try {
      data = await api('GET', `/cases/${encodeURIComponent(caseId)}`);
    } catch (err) {
      if (seq !== state.openSeq) return;
      if (err.status === 404) {
        // It was waiting a moment ago and someone else claimed it (or she left); or it was hers and
        // someone moved it to another counsellor.
        const wasMine = state.current && state.current.caseId === caseId && state.current.mine;
        const text = wasMine ? t('movedAway') : t('gone');
        notice(text, 'error');
        showGone(text);
        refreshQueue();
      } else if (err.status !== 401) notice(errorText(err), 'error');
      return;
    }
    if (seq !== state.openSeq) return; // a later click won
    if (switching) {
      if (state.current) state.drafts.set(state.current.caseId, els.reply.value);
      state.seen = new Set();
      clear(els.log);
      els.reply.value = state.drafts.get(caseId) || '';
      state.drafts.delete(caseId);
      // The whole transcript arrives at once: do not make a screen reader read it out as "new".
      els.log.setAttribute('aria-busy', 'true');
      els.outcome.value = '';
      els.closeConfirm.hidden = true;
      els.transferTo.value = '';
    }
    state.current = data.case;
    state.unread.delete(caseId);
    els.noCase.hidden = true;
    els.case.hidden = false;
    renderCaseHead();
    appendMessages(data.messages || []);
    els.log.setAttribute('aria-busy', 'false');
    renderQueue();
    if (switching) {
      loadCanned(data.case.language);
      if (data.case.mine && data.case.status === 'active') loadCounsellors();
      els.log.scrollTop = els.log.scrollHeight;
    }
  }

  function reloadCase() {
    if (state.current && !state.acting.has(state.current.caseId)) return openCase(state.current.caseId);
  }

  async function post(kind) {
    const c = state.current;
    const text = els.reply.value.trim();
    if (!c || !text) return;
    const button = kind === 'notes' ? els.addNote : els.send;
    button.disabled = true;
    // Cleared at once so she can type the next line; given back if it could not be saved.
    els.reply.value = '';
    try {
      const data = await api('POST', `/cases/${encodeURIComponent(c.caseId)}/${kind}`, { text });
      if (state.current && state.current.caseId === c.caseId) {
        appendMessages([data.message]);
        els.log.scrollTop = els.log.scrollHeight;
      }
      if (data.delivered === false) notice(t('notDelivered'), 'error');
    } catch (err) {
      if (state.current && state.current.caseId === c.caseId && !els.reply.value) els.reply.value = text;
      else if (!state.drafts.get(c.caseId)) state.drafts.set(c.caseId, text);
      if (err.status === 409) {
        notice(errorText(err), 'error');
        reloadCase();
      } else if (err.status !== 401) notice(errorText(err), 'error');
    } finally {
      button.disabled = false;
      els.reply.focus();
    }
  }

  async function transfer() {
    const c = state.current;
    const to = els.transferTo.value;
    if (!c || !to) {
      els.transferTo.focus();
      return;
    }
    const name = state.counsellors.find((x) => x.id === to)?.displayName || '';
    els.transfer.disabled = true;
    state.acting.add(c.caseId);
    try {
      await api('POST', `/cases/${encodeURIComponent(c.caseId)}/transfer`, { counsellorId: to });
      notice(t('transferred', { ref: c.ref, name }), 'ok');
      if (state.current && state.current.caseId === c.caseId) closeCaseView();
      refreshQueue();
    } catch (err) {
      if (err.status !== 401) notice(errorText(err), 'error');
    } finally {
      state.acting.delete(c.caseId);
      els.transfer.disabled = false;
    }
  }

  function askClose() {
    const c = state.current;
    const outcome = els.outcome.value;
    if (!c) return;
    if (!outcome) {
      notice(t('needOutcome'), 'error');
      els.outcome.focus();
      return;
    }
    els.closeConfirmText.textContent = t('closeConfirm', { ref: c.ref, outcome: t(`outcome_${outcome}`) });
    els.closeConfirm.hidden = false;
    els.closeYes.focus();
  }

  async function confirmClose() {
    const c = state.current;
    const outcome = els.outcome.value;
    if (!c || !outcome) return;
    els.closeYes.disabled = true;
    state.acting.add(c.caseId);
    try {
      const data = await api('POST', `/cases/${encodeURIComponent(c.caseId)}/close`, { outcome });
      els.closeConfirm.hidden = true;
      notice(t('closedDone', { ref: c.ref }), 'ok');
      state.acting.delete(c.caseId);
      if (state.current && state.current.caseId === c.caseId) {
        state.current = data.case;
        renderCaseHead();
        reloadCase();
      }
      refreshQueue();
    } catch (err) {
      if (err.status !== 401) notice(errorText(err), 'error');
    } finally {
      state.acting.delete(c.caseId);
      els.closeYes.disabled = false;
    }
  }

  // ---- Live updates ----

  function connectEvents() {
    if (state.events) state.events.close();
    const source = new EventSource(`${API}/events`);
    state.events = source;
    // After a reconnect, fetch what may have happened while the stream was down.
    source.addEventListener('ready', () => {
      refreshQueue();
      reloadCase();
    });
    source.addEventListener('queue', (e) => {
      queueSoon();
      const data = parse(e.data);
      if (data && state.current && data.caseId === state.current.caseId) reloadCase();
    });
    source.addEventListener('message', (e) => {
      const data = parse(e.data);
      if (!data || !isMessage(data.message)) return;
      if (state.current && data.caseId === state.current.caseId) {
        appendMessages([data.message]);
        return;
      }
      const c = state.cases.find((x) => x.caseId === data.caseId);
      if (c && data.message.direction === 'in') {
        state.unread.set(c.caseId, (state.unread.get(c.caseId) || 0) + 1);
        announce(t('newMessage', { ref: c.ref }));
        renderQueue();
      }
    });
    source.addEventListener('error', () => {
      // EventSource retries by itself unless the server refused the stream (e.g. the session ended).
      if (source.readyState !== EventSource.CLOSED || state.events !== source) return;
      setTimeout(async () => {
        if (state.events !== source || !state.user) return;
        try {
          await api('GET', '/me');
          connectEvents();
        } catch (err) {
          if (err.status !== 401 && state.events === source) setTimeout(connectEvents, SSE_RETRY_MS);
        }
      }, SSE_RETRY_MS);
    });
  }

  function parse(s) {
    try {
      return JSON.parse(s);
    } catch {
      return null;
    }
  }

  // ---- Campaigns (campaigners and admins): counts only, never a person ----

  /**
   * The districts a campaign can be sent to, by division. Same list as src/core/flows/district-names.ts
   * (DIVISIONS), which the API validates against; the API does not serve it, so it is repeated here.
   */
  const DISTRICT_GROUPS = {
    jammu: ['Jammu', 'Kathua', 'Samba', 'Udhampur', 'Reasi', 'Rajouri', 'Poonch', 'Doda', 'Kishtwar', 'Ramban'],
    kashmir: ['Srinagar', 'Anantnag', 'Baramulla', 'Budgam', 'Pulwama', 'Shopian', 'Kulgam', 'Ganderbal', 'Bandipora', 'Kupwara'],
    ladakh: ['Leh', 'Kargil'],
  };
  const CAMPAIGN_LANGS = ['en', 'hi', 'ur', 'ks', 'doi'];
  const CAMPAIGN_CHANNELS = ['telegram', 'whatsapp'];
  const STATS_POLL_MS = 2_000;
  const SCHEDULED_POLL_MS = 15_000;
  /** How many campaigns in the list get their progress fetched (one request each). */
  const LIST_STATS_MAX = 20;

  const camp = {
    list: [],
    stats: new Map(), // campaignId -> last Stats
    current: null, // Campaign shown in the detail panel
    preview: null,
    warnings: null, // warnings from creating it, until the preview brings its own
    seq: 0,
    listSeq: 0, // the newest list reload; older answers are dropped
    pollTimer: null,
    confirm: null, // the action waiting for "yes"
    busy: false,
  };

  function setSection(name) {
    state.section = name;
    const campaigns = name === 'campaigns';
    els.app.classList.toggle('mode-campaigns', campaigns);
    els.queue.hidden = campaigns;
    els.conversation.hidden = campaigns;
    els.campaigns.hidden = !campaigns;
    els.tabCases.setAttribute('aria-selected', String(!campaigns));
    els.tabCampaigns.setAttribute('aria-selected', String(campaigns));
    els.tabCases.tabIndex = campaigns ? -1 : 0;
    els.tabCampaigns.tabIndex = campaigns ? 0 : -1;
    if (campaigns) loadCampaigns();
    else stopStatsPoll();
  }

  function resetCampaigns() {
    stopStatsPoll();
    camp.list = [];
    camp.listSeq++;
    camp.stats = new Map();
    camp.current = null;
    camp.preview = null;
    camp.warnings = null;
    camp.confirm = null;
    camp.seq++;
    clear(els.campaignList);
    els.campaign.hidden = true;
    els.campaignForm.hidden = true;
    els.campaignNone.hidden = false;
    els.campaignForm.reset();
    els.cfPledgeLabels.hidden = true;
  }

  const statusText = (s) => t(`cstatus_${s}`);

  function statusBadge(s) {
    const b = badge(`status badge-status-${s}`, statusText(s));
    b.dataset.status = s;
    return b;
  }

  /** Done / total of the people the campaign was queued for ("in flight" counts as still to go). */
  function progressOf(st) {
    const done = st.sent + st.failed + st.blocked + st.skipped;
    return { done, total: done + st.queued };
  }

  function setProgress(bar, st, status) {
    const { done, total } = progressOf(st);
    bar.max = Math.max(total, 1);
    bar.value = total === 0 ? (status === 'done' ? 1 : 0) : done;
  }

  // ---- The list ----

  async function loadCampaigns() {
    const seq = ++camp.listSeq;
    let data;
    try {
      data = await api('GET', '/campaigns');
    } catch (err) {
      if (err.status !== 401 && seq === camp.listSeq) notice(errorText(err), 'error');
      return;
    }
    if (seq !== camp.listSeq) return; // a newer reload is on its way: an older answer must not replace it
    camp.list = Array.isArray(data.campaigns) ? data.campaigns : [];
    renderCampaignList();
    // Progress for the ones that went out (or are going); drafts and scheduled ones have none yet.
    const started = camp.list.filter((c) => c.enqueuedAt).slice(0, LIST_STATS_MAX);
    await Promise.all(
      started.map(async (c) => {
        try {
          camp.stats.set(c.id, await api('GET', `/campaigns/${encodeURIComponent(c.id)}/stats`));
        } catch {
          /* the list shows no bar for it */
        }
      }),
    );
    renderCampaignList();
  }

  function campaignItem(c) {
    const li = el('li', 'campaign-item');
    li.dataset.campaignId = c.id;
    const current = camp.current && camp.current.id === c.id;
    if (current) li.classList.add('is-current');
    const open = el('button', 'campaign-open');
    open.type = 'button';
    if (current) open.setAttribute('aria-current', 'true');
    const line = el('span', 'case-line');
    line.appendChild(el('span', 'campaign-name', c.name));
    line.appendChild(statusBadge(c.status));
    open.appendChild(line);
    const when = c.status === 'scheduled' && c.scheduledAt ? t('scheduledFor', { when: formatTime(c.scheduledAt) }) : t('createdAt', { when: formatTime(c.createdAt) });
    open.appendChild(el('span', 'case-meta', when));
    const st = c.enqueuedAt ? camp.stats.get(c.id) : null;
    if (st) {
      const { done, total } = progressOf(st);
      const row = el('span', 'campaign-mini');
      const bar = el('progress', 'mini-progress');
      setProgress(bar, st, c.status);
      bar.setAttribute('aria-label', t('progressOf', { name: c.name }));
      row.appendChild(bar);
      row.appendChild(el('span', 'case-meta', t('progressShort', { done, total, sent: st.sent })));
      open.appendChild(row);
    }
    open.addEventListener('click', () => openCampaign(c.id));
    li.appendChild(open);
    return li;
  }

  /** The list as loaded, with the open campaign as the page shows it (a new one on top), so the two never disagree. */
  function listWithCurrent() {
    const cur = camp.current;
    if (!cur) return camp.list;
    if (!camp.list.some((c) => c.id === cur.id)) return [cur, ...camp.list];
    return camp.list.map((c) => (c.id === cur.id ? { ...c, ...cur } : c));
  }

  function renderCampaignList() {
    const focusedId = document.activeElement?.closest?.('.campaign-item')?.dataset.campaignId;
    const list = listWithCurrent();
    clear(els.campaignList);
    for (const c of list) els.campaignList.appendChild(campaignItem(c));
    els.campaignListEmpty.hidden = list.length > 0;
    if (focusedId) {
      const again = els.campaignList.querySelector(`.campaign-item[data-campaign-id="${CSS.escape(focusedId)}"] .campaign-open`);
      if (again) again.focus();
    }
  }

  // ---- The create form ----

  function checkbox(container, name, value, label, labelLang) {
    const wrap = el('div', 'cf-check');
    const box = el('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value;
    box.id = `cf-${name}-${value}`.toLowerCase();
    const l = el('label', null, label);
    l.htmlFor = box.id;
    if (labelLang) l.lang = labelLang;
    wrap.appendChild(box);
    wrap.appendChild(l);
    container.appendChild(wrap);
  }

  function buildSegmentChecks() {
    for (const ch of CAMPAIGN_CHANNELS) checkbox(els.cfChannels, 'channel', ch, t(`channel_${ch}`));
    for (const l of CAMPAIGN_LANGS) checkbox(els.cfLanguages, 'language', l, languageName(l));
    for (const [division, names] of Object.entries(DISTRICT_GROUPS)) {
      const group = el('div', 'cf-division');
      group.setAttribute('role', 'group');
      const head = el('p', 'cf-division-name', t(`division_${division}`));
      head.id = `cf-division-${division}`;
      head.dataset.division = division;
      group.setAttribute('aria-labelledby', head.id);
      group.appendChild(head);
      const boxes = el('div', 'cf-checks');
      for (const d of names) checkbox(boxes, 'district', d, d, 'en');
      group.appendChild(boxes);
      els.cfDistricts.appendChild(group);
    }
  }

  /** Labels that depend on the console's language. */
  function relabelSegmentChecks() {
    for (const ch of CAMPAIGN_CHANNELS) document.querySelector(`label[for="cf-channel-${ch}"]`).textContent = t(`channel_${ch}`);
    for (const l of CAMPAIGN_LANGS) document.querySelector(`label[for="cf-language-${l}"]`).textContent = languageName(l);
    for (const head of els.cfDistricts.querySelectorAll('[data-division]')) head.textContent = t(`division_${head.dataset.division}`);
  }

  const ticked = (name) => [...els.campaignForm.querySelectorAll(`input[name="${name}"]:checked`)].map((b) => b.value);

  function perLanguage(prefix) {
    const out = {};
    for (const l of CAMPAIGN_LANGS) {
      const v = $(`${prefix}-${l}`).value.trim();
      if (v) out[l] = v;
    }
    return out;
  }

  function newCampaign() {
    camp.seq++;
    stopStatsPoll();
    camp.current = null;
    camp.preview = null;
    els.campaign.hidden = true;
    els.campaignNone.hidden = true;
    els.campaignForm.hidden = false;
    els.cfError.textContent = '';
    renderCampaignList();
    els.cfName.focus();
  }

  function formError(text, focus) {
    els.cfError.textContent = text;
    if (focus) focus.focus();
  }

  async function createCampaign(e) {
    e.preventDefault();
    const name = els.cfName.value.trim();
    const texts = perLanguage('cf-text');
    if (!name) return formError(t('needName'), els.cfName);
    if (Object.keys(texts).length === 0) return formError(t('needText'), $('cf-text-en'));
    const buttons = [];
    if (els.cfPledge.checked) {
      const labels = perLanguage('cf-pledge');
      if (Object.keys(labels).length === 0) return formError(t('needPledgeLabel'), $('cf-pledge-en'));
      buttons.push({ kind: 'pledge', labels });
    }
    if (els.cfExtra.value) buttons.push({ kind: els.cfExtra.value });
    const segment = {};
    const channels = ticked('channel');
    const languages = ticked('language');
    const districts = ticked('district');
    if (channels.length) segment.channels = channels;
    if (languages.length) segment.languages = languages;
    if (districts.length) segment.districts = districts;
    const spec = { name, texts, buttons, segment };
    if (els.cfWhen.value) {
      const when = new Date(els.cfWhen.value);
      if (Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) return formError(t('needFuture'), els.cfWhen);
      spec.scheduledAt = when.toISOString();
    }
    els.cfError.textContent = '';
    els.cfSubmit.disabled = true;
    try {
      const data = await api('POST', '/campaigns', spec);
      els.campaignForm.reset();
      els.cfPledgeLabels.hidden = true;
      els.campaignForm.hidden = true;
      camp.warnings = Array.isArray(data.warnings) ? data.warnings : [];
      notice(t('campaignCreated', { name: data.campaign.name }), 'ok');
      loadCampaigns();
      await openCampaign(data.campaign.id, { keepWarnings: true });
      els.campaignTitle.focus();
    } catch (err) {
      if (err.status === 400) formError(t('invalidCampaign', { detail: err.data.detail || err.data.error || '' }));
      else if (err.status !== 401) formError(errorText(err));
    } finally {
      els.cfSubmit.disabled = false;
    }
  }

  // ---- One campaign: preview, actions, stats ----

  async function openCampaign(id, opts = {}) {
    const seq = ++camp.seq;
    stopStatsPoll();
    let data;
    let preview;
    try {
      [data, preview] = await Promise.all([
        api('GET', `/campaigns/${encodeURIComponent(id)}`),
        api('GET', `/campaigns/${encodeURIComponent(id)}/preview`),
      ]);
    } catch (err) {
      if (seq !== camp.seq) return;
      if (err.status !== 401) notice(errorText(err), 'error');
      if (err.status === 404) loadCampaigns();
      return;
    }
    if (seq !== camp.seq) return;
    const switching = !camp.current || camp.current.id !== id;
    if (switching && !opts.keepWarnings) camp.warnings = null;
    if (switching) camp.confirm = null;
    camp.current = data.campaign;
    camp.preview = preview;
    camp.stats.set(id, data.stats);
    els.campaignForm.hidden = true;
    els.campaignNone.hidden = true;
    els.campaign.hidden = false;
    renderCampaign();
    renderCampaignList();
    schedulePoll();
  }

  function renderCampaign() {
    const c = camp.current;
    if (!c) return;
    els.campaignTitle.textContent = c.name;
    els.campaignTitle.tabIndex = -1;
    clear(els.campaignFacts);
    els.campaignFacts.appendChild(statusBadge(c.status));
    const facts = [t('createdAt', { when: formatTime(c.createdAt) })];
    if (c.status === 'scheduled' && c.scheduledAt) facts.push(t('scheduledFor', { when: formatTime(c.scheduledAt) }));
    if (c.finishedAt) facts.push(t('finishedAt', { when: formatTime(c.finishedAt) }));
    facts.push(segmentText(c.segment || {}));
    els.campaignFacts.appendChild(document.createTextNode(` ${facts.join(' · ')}`));
    renderWarnings();
    renderActions();
    renderConfirm();
    renderStats();
    renderPreview();
  }

  function segmentText(seg) {
    const parts = [];
    parts.push(seg.channels?.length ? seg.channels.map((ch) => t(`channel_${ch}`)).join(', ') : t('allChannels'));
    parts.push(seg.languages?.length ? seg.languages.map(languageName).join(', ') : t('allLanguages'));
    parts.push(seg.districts?.length ? seg.districts.join(', ') : t('allDistricts'));
    return t('segmentIs', { who: parts.join(' · ') });
  }

  function renderWarnings() {
    const list = camp.preview?.warnings ?? camp.warnings ?? [];
    clear(els.campaignWarnings);
    els.campaignWarnings.hidden = list.length === 0;
    if (!list.length) return;
    els.campaignWarnings.appendChild(el('p', 'warnings-title', t('warningsTitle')));
    const ul = el('ul');
    // The API words its advice in English.
    for (const w of list) {
      const li = el('li', null, w);
      li.lang = 'en';
      ul.appendChild(li);
    }
    els.campaignWarnings.appendChild(ul);
    if (['draft', 'scheduled'].includes(camp.current?.status)) els.campaignWarnings.appendChild(el('p', 'hint', t('warningsNoBlock')));
  }

  function actionButton(key, kind, onClick) {
    const b = el('button', `btn ${kind}`, t(key));
    b.type = 'button';
    b.dataset.action = key;
    b.disabled = camp.busy;
    b.addEventListener('click', onClick);
    els.campaignActions.appendChild(b);
    return b;
  }

  function renderActions() {
    const s = camp.current.status;
    clear(els.campaignActions);
    if (s === 'draft' || s === 'scheduled') {
      actionButton('sendNow', 'btn-primary', () => askConfirm('send-now'));
      const box = el('div', 'action-box');
      const label = el('label', null, t('sendAt'));
      const input = el('input');
      input.type = 'datetime-local';
      input.id = 'campaign-when';
      label.htmlFor = input.id;
      box.appendChild(label);
      box.appendChild(input);
      const b = el('button', 'btn', t(s === 'scheduled' ? 'reschedule' : 'schedule'));
      b.type = 'button';
      b.disabled = camp.busy;
      b.addEventListener('click', () => scheduleCampaign(input));
      box.appendChild(b);
      els.campaignActions.appendChild(box);
    }
    if (s === 'scheduled' || s === 'sending') actionButton('pause', '', () => act('pause'));
    if (s === 'paused') actionButton('resume', 'btn-primary', () => act('resume'));
    if (s !== 'done' && s !== 'cancelled') actionButton('cancelCampaign', 'btn-danger', () => askConfirm('cancel'));
    els.campaignActions.hidden = !els.campaignActions.firstChild;
  }

  function askConfirm(action) {
    camp.confirm = action;
    renderConfirm();
    els.campaignConfirmYes.focus();
  }

  function renderConfirm() {
    const a = camp.confirm;
    els.campaignConfirm.hidden = !a;
    if (!a) return;
    const name = camp.current.name;
    if (a === 'send-now') {
      const n = camp.preview?.audience?.reach;
      els.campaignConfirmText.textContent = typeof n === 'number' ? t('confirmSend', { name, n }) : t('confirmSendUnknown', { name });
      els.campaignConfirmYes.textContent = t('confirmSendYes');
    } else {
      els.campaignConfirmText.textContent = t('confirmCancel', { name });
      els.campaignConfirmYes.textContent = t('confirmCancelYes');
    }
  }

  async function confirmYes() {
    const a = camp.confirm;
    camp.confirm = null;
    renderConfirm();
    if (a) await act(a);
  }

  async function scheduleCampaign(input) {
    const when = new Date(input.value);
    if (!input.value || Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
      notice(t('needFuture'), 'error');
      input.focus();
      return;
    }
    await act('schedule', { scheduledAt: when.toISOString() });
  }

  async function act(action, body = {}) {
    const c = camp.current;
    if (!c || camp.busy) return;
    camp.busy = true;
    renderActions();
    try {
      const data = await api('POST', `/campaigns/${encodeURIComponent(c.id)}/${action}`, body);
      if (action === 'send-now') notice(t('sendingStarted', { name: c.name, n: data.enqueued ?? 0 }), 'ok');
      else notice(t(`done_${action}`, { name: c.name }), 'ok');
    } catch (err) {
      if (err.status === 409) notice(t('wrongState'), 'error');
      else if (err.status !== 401) notice(errorText(err), 'error');
    } finally {
      camp.busy = false;
    }
    if (camp.current && camp.current.id === c.id) await openCampaign(c.id, { keepWarnings: true });
    loadCampaigns();
  }

  function renderStats() {
    const c = camp.current;
    const st = camp.stats.get(c.id);
    const started = Boolean(c.enqueuedAt) && st;
    els.campaignStats.hidden = !started;
    if (!started) return;
    setProgress(els.campaignProgress, st, st.status);
    const { done, total } = progressOf(st);
    els.campaignProgress.dataset.status = st.status;
    els.campaignProgressText.textContent =
      st.status === 'done' ? t('progressDone', { done, total }) : t('progressText', { done, total, pct: total ? Math.floor((done / total) * 100) : 0 });

    clear(els.statsTotals);
    const totals = [
      ['queued', st.queued],
      ['sent', st.sent],
      ['delivered', st.delivered],
      ['failed', st.failed],
      ['blocked', st.blocked],
      ['skipped', st.skipped],
      ['pledges', st.pledges],
    ];
    for (const [key, v] of totals) {
      const item = el('div', 'stat');
      item.dataset.stat = key;
      item.appendChild(el('dt', null, t(`stat_${key}`)));
      item.appendChild(el('dd', null, v === null || v === undefined ? '—' : String(v)));
      els.statsTotals.appendChild(item);
    }

    clear(els.statsSkipped);
    const reasons = Object.entries(st.skippedBy || {}).filter(([, n]) => n > 0);
    if (reasons.length) {
      els.statsSkipped.appendChild(el('p', 'stats-sub', t('skippedWhy')));
      const ul = el('ul');
      for (const [reason, n] of reasons) {
        const li = el('li', null, t('reasonCount', { reason: t(`reason_${reason}`), n }));
        li.dataset.reason = reason;
        ul.appendChild(li);
      }
      els.statsSkipped.appendChild(ul);
    }

    const cols = ['queued', 'sent', 'failed', 'blocked', 'skipped', 'pledges'];
    const thead = els.statsDistricts.tHead;
    clear(thead);
    const hr = el('tr');
    const th0 = el('th', null, t('district'));
    th0.scope = 'col';
    hr.appendChild(th0);
    for (const k of cols) {
      const th = el('th', null, t(`stat_${k}`));
      th.scope = 'col';
      hr.appendChild(th);
    }
    thead.appendChild(hr);
    const tbody = els.statsDistricts.tBodies[0];
    clear(tbody);
    for (const d of st.byDistrict || []) {
      const tr = el('tr');
      const th = el('th', null, d.district === 'unknown' ? t('noDistrict') : d.district);
      th.scope = 'row';
      tr.appendChild(th);
      // Counts from 1 to 4 come as "< 5" and are shown as given.
      for (const k of cols) tr.appendChild(el('td', null, String(d[k] ?? 0)));
      tbody.appendChild(tr);
    }
    els.statsDistricts.hidden = !(st.byDistrict || []).length;
  }

  function renderPreview() {
    const p = camp.preview;
    const c = camp.current;
    clear(els.previewChannels);
    clear(els.previewMessages);
    els.previewAudience.textContent = '';
    if (!p) return;
    const beforeSending = c.status === 'draft' || c.status === 'scheduled';
    els.previewTitle.textContent = beforeSending ? t('previewTitle') : t('messagesTitle');
    els.previewAudience.hidden = !beforeSending;
    els.previewChannels.hidden = !beforeSending;
    if (beforeSending && p.audience) {
      const a = p.audience;
      els.previewAudience.textContent = a.skippedNoText ? t('reachSkipped', { n: a.reach, skipped: a.skippedNoText }) : t('reach', { n: a.reach });
      for (const g of a.byChannel || []) {
        const text = g.lang ? t('groupText', { channel: t(`channel_${g.channel}`), lang: languageName(g.lang), n: g.n }) : t('groupNoText', { channel: t(`channel_${g.channel}`), n: g.n });
        els.previewChannels.appendChild(el('li', null, text));
      }
    }
    for (const m of p.messages || []) {
      const li = el('li', 'preview-item');
      li.dataset.lang = m.language;
      const head = el('p', 'preview-lang', languageName(m.language));
      if (m.textLanguage && m.textLanguage !== m.language) head.appendChild(el('span', 'hint', ` — ${t('usesText', { lang: languageName(m.textLanguage) })}`));
      li.appendChild(head);
      if (!m.text) {
        li.classList.add('is-empty');
        li.appendChild(el('p', 'hint', t('noTextSkipped')));
      } else {
        const bubble = el('div', 'preview-bubble');
        const text = el('p', 'preview-text', m.text);
        text.lang = m.textLanguage || m.language;
        text.dir = m.dir === 'rtl' || m.dir === 'ltr' ? m.dir : 'auto';
        bubble.appendChild(text);
        if (m.buttons?.length) {
          const row = el('ul', 'preview-buttons');
          row.setAttribute('aria-label', t('buttonsTitle'));
          for (const b of m.buttons) {
            const chip = el('li', 'preview-button', b);
            chip.lang = text.lang;
            chip.dir = text.dir;
            row.appendChild(chip);
          }
          bubble.appendChild(row);
        }
        li.appendChild(bubble);
      }
      els.previewMessages.appendChild(li);
    }
  }

  function stopStatsPoll() {
    clearTimeout(camp.pollTimer);
    camp.pollTimer = null;
  }

  /** While it is sending, the stats every 2 s; a scheduled one is checked now and then for its start. */
  function schedulePoll() {
    stopStatsPoll();
    const c = camp.current;
    if (!c || state.section !== 'campaigns') return;
    const every = c.status === 'sending' ? STATS_POLL_MS : c.status === 'scheduled' ? SCHEDULED_POLL_MS : 0;
    if (!every) return;
    const id = c.id;
    camp.pollTimer = setTimeout(async () => {
      if (!camp.current || camp.current.id !== id) return;
      const seq = camp.seq;
      let st;
      try {
        st = await api('GET', `/campaigns/${encodeURIComponent(id)}/stats`);
      } catch (err) {
        if (err.status === 401) return;
        if (seq === camp.seq) schedulePoll();
        return;
      }
      if (seq !== camp.seq || !camp.current || camp.current.id !== id) return;
      camp.stats.set(id, st);
      if (st.status !== camp.current.status) {
        if (st.status === 'done') announce(t('campaignFinished', { name: camp.current.name }));
        // A new state brings new actions and times: fetch the whole campaign.
        await openCampaign(id, { keepWarnings: true });
        loadCampaigns();
        return;
      }
      renderStats();
      renderCampaignList();
      schedulePoll();
    }, every);
  }

  // ---- Start ----

  function bind() {
    const ids = {
      loading: 'loading', signIn: 'sign-in', signInForm: 'sign-in-form', signInError: 'sign-in-error',
      signInButton: 'sign-in-button', email: 'email', password: 'password', app: 'app', whoami: 'whoami',
      signOut: 'sign-out', notice: 'notice', announcer: 'announcer', waitingList: 'waiting-list',
      mineList: 'mine-list', waitingEmpty: 'waiting-empty', mineEmpty: 'mine-empty', waitingCount: 'waiting-count',
      mineCount: 'mine-count', noCase: 'no-case', case: 'case', caseTitle: 'case-title', caseBadges: 'case-badges',
      caseFacts: 'case-facts', caseClaim: 'case-claim', transferBox: 'transfer-box', transferTo: 'transfer-to',
      transfer: 'transfer', closeBox: 'close-box', outcome: 'outcome', close: 'close', closeConfirm: 'close-confirm',
      closeConfirmText: 'close-confirm-text', closeYes: 'close-yes', closeNo: 'close-no', caseState: 'case-state',
      log: 'log', composer: 'composer', canned: 'canned', reply: 'reply', addNote: 'add-note', send: 'send',
      queue: 'queue', conversation: 'conversation', sections: 'sections', tabCases: 'tab-cases', tabCampaigns: 'tab-campaigns',
      campaigns: 'campaigns', campaignNew: 'campaign-new', campaignList: 'campaign-list', campaignListEmpty: 'campaign-list-empty',
      campaignNone: 'campaign-none', campaignForm: 'campaign-form', cfError: 'cf-error', cfName: 'cf-name', cfPledge: 'cf-pledge',
      cfPledgeLabels: 'cf-pledge-labels', cfExtra: 'cf-extra', cfChannels: 'cf-channels', cfLanguages: 'cf-languages',
      cfDistricts: 'cf-districts', cfWhen: 'cf-when', cfCancel: 'cf-cancel', cfSubmit: 'cf-submit', campaign: 'campaign',
      campaignTitle: 'campaign-title', campaignFacts: 'campaign-facts', campaignWarnings: 'campaign-warnings',
      campaignActions: 'campaign-actions', campaignConfirm: 'campaign-confirm', campaignConfirmText: 'campaign-confirm-text',
      campaignConfirmYes: 'campaign-confirm-yes', campaignConfirmNo: 'campaign-confirm-no', campaignStats: 'campaign-stats',
      campaignProgress: 'campaign-progress', campaignProgressText: 'campaign-progress-text', statsTotals: 'stats-totals',
      statsSkipped: 'stats-skipped', statsDistricts: 'stats-districts', previewTitle: 'preview-title',
      previewAudience: 'preview-audience', previewChannels: 'preview-channels', previewMessages: 'preview-messages',
    };
    for (const [key, id] of Object.entries(ids)) els[key] = $(id);
  }

  function bindCampaigns() {
    buildSegmentChecks();
    els.tabCases.addEventListener('click', () => setSection('cases'));
    els.tabCampaigns.addEventListener('click', () => setSection('campaigns'));
    els.sections.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const next = state.section === 'cases' ? 'campaigns' : 'cases';
      setSection(next);
      (next === 'cases' ? els.tabCases : els.tabCampaigns).focus();
    });
    els.campaignNew.addEventListener('click', newCampaign);
    els.campaignForm.addEventListener('submit', createCampaign);
    els.cfCancel.addEventListener('click', () => {
      els.campaignForm.hidden = true;
      els.campaignNone.hidden = Boolean(camp.current);
      if (camp.current) els.campaign.hidden = false;
      els.campaignNew.focus();
    });
    els.cfPledge.addEventListener('change', () => {
      els.cfPledgeLabels.hidden = !els.cfPledge.checked;
      if (els.cfPledge.checked) $('cf-pledge-en').focus();
    });
    els.campaignConfirmYes.addEventListener('click', confirmYes);
    els.campaignConfirmNo.addEventListener('click', () => {
      camp.confirm = null;
      renderConfirm();
      els.campaignActions.querySelector('button')?.focus();
    });
  }

  async function start() {
    bind();
    bindCampaigns();
    applyUiLang();
    for (const b of document.querySelectorAll('[data-ui-lang]')) b.addEventListener('click', () => setUiLang(b.dataset.uiLang));
    els.signInForm.addEventListener('submit', signIn);
    els.signOut.addEventListener('click', signOut);
    els.caseClaim.addEventListener('click', () => state.current && claimCase(state.current.caseId, els.caseClaim));
    els.composer.addEventListener('submit', (e) => {
      e.preventDefault();
      if (state.current?.mine && state.current.status === 'active') post('messages');
    });
    els.addNote.addEventListener('click', () => post('notes'));
    els.reply.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
      e.preventDefault();
      if (state.current?.mine && state.current.status === 'active') post('messages');
    });
    els.canned.addEventListener('change', () => {
      const lang = state.current?.language;
      const reply = (state.canned.get(lang) || []).find((r) => r.id === els.canned.value);
      if (reply) {
        els.reply.value = reply.text;
        els.reply.focus();
      }
      els.canned.value = '';
    });
    els.transfer.addEventListener('click', transfer);
    els.close.addEventListener('click', askClose);
    els.closeYes.addEventListener('click', confirmClose);
    els.closeNo.addEventListener('click', () => {
      els.closeConfirm.hidden = true;
      els.close.focus();
    });

    try {
      signedIn(await api('GET', '/me'));
    } catch (err) {
      show('sign-in');
      if (err.status === 0) els.signInError.textContent = t('offline');
      els.email.focus();
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
