/*
 * Saheli counsellor console: one conversation. Her messages, replies and private notes, prepared replies,
 * transfer and close. Everything she wrote goes on the page with textContent only.
 */
(() => {
  'use strict';

  const C = window.SaheliConsole;
  const { t, state, els, api, el, clear, notice, errorText } = C;
  const { languageName, badge, renderQueue, refreshQueue } = C;

  // ---- Conversation ----

  function showGone(text) {
    state.openSeq++;
    state.opening = null;
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
    state.opening = null;
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
    const locale = C.uiLang === 'hi' ? 'hi-IN' : 'en-IN';
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
    // A message she sends while the transcript is loading may not be in it: keep it for after.
    state.opening = { seq, caseId, early: [] };
    let data;
    try {
      data = await api('GET', `/cases/${encodeURIComponent(caseId)}`);
    } catch (err) {
      if (seq !== state.openSeq) return;
      state.opening = null;
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
    const early = state.opening && state.opening.seq === seq ? state.opening.early : [];
    state.opening = null;
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
    appendMessages(early);
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

  Object.assign(C, {
    showGone, renderCaseHead, formatTime, relabelMessages, renderCounsellors, isMessage, appendMessages,
    openCase, reloadCase, post, transfer, askClose, confirmClose,
  });
})();
