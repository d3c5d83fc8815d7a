/*
 * Saheli counsellor console: the screens (loading, sign-in, the app), signing in and out. Signing out wipes
 * everything about cases from the page and from memory.
 */
(() => {
  'use strict';

  const C = window.SaheliConsole;
  const { t, state, els, api, clear, errorText, applyUiLang } = C;

  // ---- Screens ----

  const POLL_MS = 20_000;
  const CLOCK_MS = 30_000;

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
    C.setSection(canCases ? 'cases' : 'campaigns');
    if (!canCases) return;
    C.refreshQueue();
    C.connectEvents();
    clearInterval(state.pollTimer);
    state.pollTimer = setInterval(() => {
      C.refreshQueue();
      // The transcript comes live over the stream; only when it is down is it fetched again (each fetch
      // of a case is written to the audit trail, so no needless ones).
      if (state.current && state.events?.readyState !== EventSource.OPEN) C.reloadCase();
    }, POLL_MS);
    clearInterval(state.clockTimer);
    state.clockTimer = setInterval(C.renderQueue, CLOCK_MS);
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
    C.resetCampaigns();
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

  Object.assign(C, {
    show, signedIn, sessionEnded, signIn, signOut,
  });
})();
