/*
 * Saheli counsellor console: the queue of conversations (waiting, and mine), kept fresh and announced to
 * screen readers; claiming a conversation. textContent only.
 */
(() => {
  'use strict';

  const C = window.SaheliConsole;
  const { LANGUAGES, t, state, els, api, el, clear, notice, announce, errorText } = C;

  // ---- Queue ----

  function ageMinutes(c) {
    const seconds = c.waitingSeconds + (Date.now() - state.fetchedAt) / 1000;
    return Math.floor(seconds / 60);
  }

  function languageName(code) {
    const l = LANGUAGES[code];
    if (!l) return code;
    return l.own === l[C.uiLang] ? l.own : `${l[C.uiLang]} (${l.own})`;
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
    open.addEventListener('click', () => C.openCase(c.caseId));
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
      await Promise.all([refreshQueue(), C.openCase(caseId)]);
      els.reply.focus();
    } catch (err) {
      if (err.status === 409) {
        notice(t('taken'), 'error');
        if (state.current && state.current.caseId === caseId) C.showGone(t('taken'));
      } else if (err.status !== 401) notice(errorText(err), 'error');
      if (button) button.disabled = false;
      refreshQueue();
    }
  }

  Object.assign(C, {
    languageName, badge, renderQueue, refreshQueue, queueSoon, claimCase,
  });
})();
