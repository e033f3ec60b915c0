// The workbench panel: App Builder properties (from the component's .js-meta.xml), the Dynamo emulator's
// scenario, org conditions, the template library's size and the server-action counters. No restart needed.

const SCENARIO_LABELS = {
  success: 'Success (202 with usage)',
  slow: 'Slow: answers after the callout timeout',
  quotaWarning: 'Quota warning: next task at 85 %',
  quotaCritical: 'Quota critical: next task at 96 %',
  quotaExhausted: 'Quota exhausted: 403',
  acceptedWithoutUsage: '202 without usage',
  acceptedApiUsageOnly: '202 with API usage only',
  acceptedWithoutTaskId: '202 without task ID',
  badRequest: '400 Invalid request',
  unauthorized: '401 Unauthorized',
  forbidden: '403 Forbidden',
  serverError: '500 Internal Server error',
  tooManyRequests: '429 Too Many Requests',
  serviceUnavailable: '503 Service Unavailable (HTML)',
  notJson: '202 with a non-JSON body',
  empty: '202 with an empty body'
};

const FAULT_LABELS = {
  noPermission: 'User lacks the Dynamo Launcher User permission set',
  namedCredentialMissing: 'Named Credential missing or misconfigured',
  sessionUnavailable: 'No API session (session page returns a login page)'
};

const LIBRARY_SIZES = ['seed', '10', '1000', '10000'];

function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name in node && typeof value !== 'string') node[name] = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

function field(id, label, control, help) {
  return el('div', { class: 'slds-form-element' }, [
    el('label', { class: 'slds-form-element__label', for: id, text: label }),
    el('div', { class: 'slds-form-element__control' }, [control]),
    ...(help ? [el('div', { class: 'slds-form-element__help', text: help })] : [])
  ]);
}

function checkbox(id, label, checked, onChange) {
  const input = el('input', { type: 'checkbox', id, checked });
  input.addEventListener('change', () => onChange(input.checked));
  return el('div', { class: 'slds-form-element' }, [
    el('div', { class: 'slds-form-element__control' }, [
      el('div', { class: 'slds-checkbox' }, [
        input,
        el('label', { class: 'slds-checkbox__label', for: id }, [
          el('span', { class: 'slds-checkbox_faux' }),
          el('span', { class: 'slds-form-element__label', text: label })
        ])
      ])
    ])
  ]);
}

function select(id, options, value, onChange) {
  const control = el(
    'select',
    { class: 'slds-select', id },
    options.map(([optionValue, text]) =>
      el('option', { value: optionValue, text, selected: optionValue === value })
    )
  );
  if (onChange) control.addEventListener('change', () => onChange(control.value));
  return el('div', { class: 'slds-select_container' }, [control]);
}

async function changeServer(change) {
  const response = await fetch('/workbench/state', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(change)
  });
  if (!response.ok) throw new Error((await response.json()).error);
  return response.json();
}

function propertyControl(property, value) {
  const id = `panel-prop-${property.name}`;
  let control;
  if (property.type === 'Boolean') {
    control = el('input', { type: 'checkbox', id, checked: value === 'true' });
    return el('div', { class: 'slds-form-element' }, [
      el('div', { class: 'slds-checkbox' }, [
        control,
        el('label', { class: 'slds-checkbox__label', for: id }, [
          el('span', { class: 'slds-checkbox_faux' }),
          el('span', { class: 'slds-form-element__label', text: `${property.label} (${property.name})` })
        ])
      ]),
      ...(property.isPublic
        ? []
        : [
            el('div', {
              class: 'slds-form-element__help panel-warning',
              text: 'No @api property of this name: App Builder would refuse it.'
            })
          ])
    ]);
  }
  if (property.choices) {
    return field(
      id,
      `${property.label} (${property.name})`,
      select(
        id,
        property.choices.map((c) => [c, c]),
        value
      )
    );
  }
  control = el('input', {
    class: 'slds-input',
    type: 'text',
    id,
    value,
    placeholder: property.placeholder ?? undefined,
    list: property.name === 'defaultTemplateId' ? 'panel-template-ids' : undefined
  });
  return field(
    id,
    `${property.label} (${property.name})`,
    control,
    property.isPublic ? property.description : 'No @api property of this name: App Builder would refuse it.'
  );
}

function readProperty(property) {
  const input = document.getElementById(`panel-prop-${property.name}`);
  return property.type === 'Boolean' ? String(input.checked) : input.value;
}

function renderCounters(target, counters) {
  const { apex, dynamo } = counters;
  target.replaceChildren(
    el('p', {
      'data-counter': 'apex',
      text: `Apex calls: ${apex.total} (listTemplates ${apex.listTemplates}, getTemplate ${apex.getTemplate}, postTask ${apex.postTask})`
    }),
    el('p', {
      'data-counter': 'dynamo',
      text: `Dynamo requests: ${dynamo.requests} (${dynamo.accepted} accepted, ${dynamo.rejected} refused)`
    })
  );
}

export function renderPanel(container, state, settings, onApply) {
  const templateIds = el(
    'datalist',
    { id: 'panel-template-ids' },
    Object.entries(state.seededTemplates).map(([name, id]) => el('option', { value: id, text: name }))
  );
  const recordInput = el('input', {
    class: 'slds-input',
    type: 'text',
    id: 'panel-record-id',
    value: settings.recordId
  });
  const form = el('form', { id: 'panel-properties' }, [
    ...state.properties.map((property) => propertyControl(property, settings.values[property.name] ?? '')),
    field(
      'panel-record-id',
      'Record ID (recordId)',
      recordInput,
      'Set by the record page; change it to try another record.'
    ),
    templateIds,
    el('button', {
      class: 'slds-button slds-button_brand',
      type: 'submit',
      id: 'panel-apply',
      text: 'Apply and reload component'
    })
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(
      state.properties.map((property) => [property.name, readProperty(property)])
    );
    onApply({ values, recordId: recordInput.value.trim() });
  });

  const status = el('p', { class: 'slds-text-body_small', role: 'status', id: 'panel-status' });
  const report = (promise, done) =>
    promise.then(
      (next) => {
        status.textContent = done(next);
      },
      (error) => {
        status.textContent = error.message;
      }
    );

  const scenario = select(
    'panel-scenario',
    state.scenarios.map((name) => [name, SCENARIO_LABELS[name] ?? name]),
    state.scenario,
    (name) => report(changeServer({ scenario: name }), (next) => `Emulator scenario: ${next.scenario}`)
  );
  const faults = Object.entries(FAULT_LABELS).map(([name, label]) =>
    checkbox(`panel-fault-${name}`, label, state.faults[name], (on) =>
      report(changeServer({ faults: { [name]: on } }), () => `${label}: ${on ? 'on' : 'off'}`)
    )
  );
  const currentLibrary =
    LIBRARY_SIZES.includes(String(state.library.size)) && state.library.size > 6
      ? String(state.library.size)
      : 'seed';
  const library = select(
    'panel-library',
    LIBRARY_SIZES.map((size) => [
      size,
      size === 'seed' ? 'Named examples' : `${Number(size).toLocaleString('en')} templates`
    ]),
    currentLibrary,
    (size) =>
      // The page reloads so the cached template lists go, as they would with a new Lightning session.
      report(changeServer({ library: size }), () => 'Library changed: reloading…').then(() =>
        location.reload()
      )
  );

  const counters = el('div', { id: 'panel-counters', class: 'slds-text-body_small' });
  renderCounters(counters, state.counters);
  const refresh = () =>
    fetch('/workbench/counters')
      .then((r) => r.json())
      .then((c) => renderCounters(counters, c));
  window.addEventListener('workbench:apex-call', refresh);
  const reset = el('button', {
    class: 'slds-button slds-button_neutral',
    type: 'button',
    id: 'panel-reset-counters',
    text: 'Reset counters'
  });
  reset.addEventListener('click', () =>
    fetch('/workbench/counters', { method: 'POST' })
      .then((r) => r.json())
      .then((c) => renderCounters(counters, c))
  );

  const section = (title, children) =>
    el('section', { class: 'slds-m-bottom_large' }, [
      el('h2', { class: 'slds-text-heading_small slds-m-bottom_small', text: title }),
      ...children
    ]);
  container.replaceChildren(
    el('h1', { class: 'slds-text-heading_medium slds-m-bottom_medium', text: 'Workbench' }),
    section('App Builder properties', [form]),
    section('Dynamo emulator', [
      field('panel-scenario', 'Scenario', scenario, `Callout timeout: ${state.timeoutSeconds} s`)
    ]),
    section('Org', faults),
    section('Template library', [field('panel-library', 'DAP templates', library)]),
    section('Server actions', [counters, reset]),
    status
  );
}
