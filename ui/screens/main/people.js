// What the parts of the person page share: its state and hooks.

export const state = {
  currentId: null,      // id of the person in the form, null for a new one
  homeView: 'caseload', // without a person: 'caseload', 'deadlines', 'retention', 'import', or 'new' (the new-person form)
  loaded: null,         // last person object read from the core
  dirty: false,         // the form has changes not saved yet
  results: { persons: [], total: 0 },
  searchSeq: 0,
  searchTimer: null,
  pending: null,        // action waiting on the unsaved-changes bar
  rowSeq: 0,
  started: false,
  requests: [],         // requests of the person in the form
  requestsSeq: 0,
  support: null,        // {plan, answer} of the person in the form (plan.for_person)
  supportSeq: 0,
};

export const hooks = {
  openRequest: () => {}, // openRequest(requestId, {personId, name})
  openPlan: () => {},    // openPlan(planId, {personId, name})
  workerName: () => '',  // the worker's name from the profile
  personChanged: () => {}, // a person's page was opened or left
};
