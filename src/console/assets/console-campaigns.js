/*
 * Saheli counsellor console: campaigns (campaigners and admins), the section tabs, the list of campaigns
 * and the form that creates one. Counts only, never a person; textContent only.
 */
(() => {
  'use strict';

  const C = window.SaheliConsole;
  const { $, t, state, els, api, el, clear, notice, errorText } = C;
  const { languageName, badge, formatTime } = C;

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
    else C.stopStatsPoll();
  }

  function resetCampaigns() {
    C.stopStatsPoll();
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
    open.addEventListener('click', () => C.openCampaign(c.id));
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
    C.stopStatsPoll();
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
      await C.openCampaign(data.campaign.id, { keepWarnings: true });
      els.campaignTitle.focus();
    } catch (err) {
      if (err.status === 400) formError(t('invalidCampaign', { detail: err.data.detail || err.data.error || '' }));
      else if (err.status !== 401) formError(errorText(err));
    } finally {
      els.cfSubmit.disabled = false;
    }
  }

  Object.assign(C, {
    camp, setSection, resetCampaigns, statusBadge, progressOf, setProgress, loadCampaigns, renderCampaignList,
    buildSegmentChecks, relabelSegmentChecks, newCampaign, createCampaign,
  });
})();
