/*
 * Saheli counsellor console: one campaign. Its preview, the actions on it (send, schedule, pause, resume,
 * cancel, each confirmed where it cannot be undone) and its progress. Counts only; textContent only.
 */
(() => {
  'use strict';

  const C = window.SaheliConsole;
  const { t, state, els, api, el, clear, notice, announce, errorText } = C;
  const { languageName, formatTime } = C;
  const { camp, statusBadge, progressOf, setProgress, loadCampaigns, renderCampaignList } = C;

  // ---- One campaign: preview, actions, stats ----

  const STATS_POLL_MS = 2_000;
  const SCHEDULED_POLL_MS = 15_000;

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

  Object.assign(C, {
    openCampaign, renderCampaign, renderConfirm, confirmYes, stopStatsPoll,
  });
})();
