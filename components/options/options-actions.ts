import { browser } from '#imports';
import { request } from '../../lib/messaging/protocol';
import { savedSearchActions, sendToWorker as send } from '../browser-bindings';
import type { OptionsActions } from './options-model';
import type { PageSitesActions } from './page-sites-section';

/** Every write of the options page goes through the worker, which owns the database. */
export const optionsActions: Omit<OptionsActions, 'setHistoryDays'> = {
  addSource: (url, name) => request(send, 'addSource', name === undefined ? { url } : { url, name }),
  previewSource: (url) => request(send, 'previewSource', { url }),
  allowHosts: (patterns) => browser.permissions.request({ origins: patterns }),
  renameSource: (sourceId, name) => request(send, 'renameSource', { sourceId, name }),
  setPaused: (sourceId, paused) => request(send, 'setSourcePaused', { sourceId, paused }),
  removeSource: (sourceId) => request(send, 'removeSource', { sourceId }),
  syncNow: (sourceId) => request(send, 'sync', sourceId ? { sourceId } : {}),
  updateSettings: (patch) => request(send, 'updateSettings', { patch }),
  exportData: () => request(send, 'exportData', {}),
  importData: (data) => request(send, 'importData', { data }),
  requestNotificationPermission: () => browser.permissions.request({ permissions: ['notifications'] }),
  changeNoise: (change) => request(send, 'changeNoise', { change }),
  searches: savedSearchActions,
};

/** The sites where the panel runs by itself: the browser's host permissions, and the worker's list of posting sites. */
export const pageSitesActions: PageSitesActions = {
  postingOrigins: () => request(send, 'getPostingOrigins', {}),
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
  allow: (patterns) => browser.permissions.request({ origins: patterns }),
  revoke: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  onChange(listener) {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  },
  setHiddenSites: (hiddenPanelSites) => void request(send, 'updateSettings', { patch: { hiddenPanelSites } }),
  setOtherSkills: (panelOtherSkills) => void request(send, 'updateSettings', { patch: { panelOtherSkills } }),
};
