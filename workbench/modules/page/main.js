// The record page's script: synthetic shadow first (as on the platform), then the real component, placed
// with the App Builder properties from the URL (defaults from its .js-meta.xml), and the workbench panel.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import DynamoTaskLauncher from 'c/dynamoTaskLauncher';
import { renderPanel } from './panel';
import { showToast } from './toasts';

const slot = document.querySelector('[data-component-slot]');
let launcher = null;

/** App Builder hands booleans over as booleans and leaves unset strings undefined. */
function propertyValue(property, text) {
  if (property.type === 'Boolean') return text === 'true';
  if (property.type === 'Integer') return text === '' ? undefined : Number(text);
  return text === '' ? undefined : text;
}

/** The property values this page shows: each from the URL when given there, else the metadata default. */
function propertiesFrom(state, search) {
  const params = new URLSearchParams(search);
  const values = {};
  for (const property of state.properties) {
    const text = params.has(property.name) ? params.get(property.name) : (property.defaultValue ?? '');
    values[property.name] = text;
  }
  return { values, recordId: params.get('recordId') ?? state.record.id };
}

function mount(state, settings) {
  if (launcher) launcher.remove();
  launcher = createElement('c-dynamo-task-launcher', { is: DynamoTaskLauncher });
  launcher.recordId = settings.recordId;
  launcher.objectApiName = state.record.objectApiName;
  for (const property of state.properties) {
    const value = propertyValue(property, settings.values[property.name]);
    if (value !== undefined) launcher[property.name] = value;
  }
  slot.appendChild(launcher);
  document.documentElement.dataset.workbenchMounted = String(Date.now());
}

/** Keeps the page's URL in step with the panel, so a reload (or a shared link) shows the same setup. */
function rememberInUrl(state, settings) {
  const params = new URLSearchParams();
  for (const property of state.properties) {
    const text = settings.values[property.name];
    if (text !== (property.defaultValue ?? '')) params.set(property.name, text);
  }
  if (settings.recordId !== state.record.id) params.set('recordId', settings.recordId);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

async function start() {
  document.addEventListener('lightning__showtoast', (event) => showToast(event.detail));
  const state = await fetch('/workbench/state').then((response) => response.json());
  document.querySelector('[data-record-id]').textContent = state.record.id;
  const settings = propertiesFrom(state, location.search);
  renderPanel(document.getElementById('workbench-panel'), state, settings, (next) => {
    rememberInUrl(state, next);
    mount(state, next);
  });
  mount(state, settings);
}

start().catch((error) => {
  slot.textContent = `The workbench could not start: ${error.message}`;
});
