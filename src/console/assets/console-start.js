/*
 * Saheli counsellor console: start. Finds the page's elements, wires the controls, and asks whether a
 * session is open. The last part: every other part has run by the time it starts the page.
 */
(() => {
  'use strict';

  const C = window.SaheliConsole;
  const { $, t, state, els, api, applyUiLang, setUiLang, show, signedIn, signIn, signOut } = C;
  const { claimCase, post, transfer, askClose, confirmClose } = C;
  const { camp, setSection, buildSegmentChecks, newCampaign, createCampaign, renderConfirm, confirmYes } = C;

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
