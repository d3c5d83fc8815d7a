/*
 * Saheli counsellor console, core: the console's language, the in-memory state, the API client, small DOM
 * helpers (textContent only) and switching the UI language. Runs right after the strings.
 */
(() => {
  'use strict';

  const C = window.SaheliConsole;
  const { STRINGS } = C;

  const API = '/console/api';
  const UI_LANG_KEY = 'saheli.console.lang';
  const REQUEST_TIMEOUT_MS = 20_000;

  // On the namespace: the queue and the conversation read it too.
  C.uiLang = 'en';
  try {
    const saved = localStorage.getItem(UI_LANG_KEY);
    if (saved && STRINGS[saved]) C.uiLang = saved;
  } catch {
    /* storage disabled: English */
  }

  function t(key, vars) {
    const s = STRINGS[C.uiLang][key] ?? STRINGS.en[key] ?? key;
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
    // The case being opened, and the messages that came live while its transcript was on the way.
    opening: null,
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
      if (res.status === 401 && path !== '/login' && state.user) C.sessionEnded();
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
    document.documentElement.lang = C.uiLang;
    document.title = t('title');
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
    for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    for (const b of document.querySelectorAll('[data-ui-lang]')) b.setAttribute('aria-pressed', String(b.dataset.uiLang === C.uiLang));
    if (state.user) {
      els.whoami.textContent = t('signedInAs', { name: state.user.displayName });
      C.renderQueue();
      if (state.current) C.renderCaseHead();
      C.renderCounsellors();
      C.relabelMessages();
      C.renderCampaignList();
      if (C.camp.current) C.renderCampaign();
    }
    if (els.cfChannels?.firstChild) C.relabelSegmentChecks();
  }

  function setUiLang(lang) {
    if (!STRINGS[lang]) return;
    C.uiLang = lang;
    try {
      localStorage.setItem(UI_LANG_KEY, lang);
    } catch {
      /* not remembered; still switched */
    }
    applyUiLang();
  }

  Object.assign(C, {
    API, t, state, $, els, api, el, clear, notice, announce, errorText, applyUiLang, setUiLang,
  });
})();
