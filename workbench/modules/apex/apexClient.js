// How the workbench's @salesforce/apex/... modules reach the Apex stand-in on the workbench server.
// Like the platform: a failed call rejects with { status, statusText, body: { message } }; cacheable
// methods answer repeated calls from a client-side cache and double as wire adapters (callable adapters).

const CONTROLLER = 'DynamoLauncherController';
const cache = new Map();

/** Lets the workbench panel refresh its counters; the component never sees this. */
function announceCall(method) {
  window.dispatchEvent(new CustomEvent('workbench:apex-call', { detail: { method } }));
}

async function callServer(method, params) {
  try {
    return await requestServer(method, params);
  } finally {
    announceCall(method);
  }
}

async function requestServer(method, params) {
  let response;
  try {
    response = await fetch(`/apex/${CONTROLLER}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params ?? {})
    });
  } catch {
    throw {
      status: 0,
      statusText: 'Network error',
      body: { message: 'The workbench server cannot be reached.' }
    };
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    throw {
      status: response.status,
      statusText: response.statusText,
      body:
        payload && payload.body
          ? payload.body
          : { message: `The workbench server answered ${response.status}.` }
    };
  }
  return payload;
}

/** Wired data is read-only on the platform; freezing it here makes a mutation fail in the workbench too. */
function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

/** An Apex method that is not cacheable: every call goes to the server. */
export function apexMethod(method) {
  return (params) => callServer(method, params);
}

/** A cacheable=true Apex method: cached per parameters (errors are not cached) and usable with @wire. */
export function cacheableApexMethod(method) {
  const call = (params) => {
    const key = `${method}:${JSON.stringify(params ?? {})}`;
    if (!cache.has(key)) {
      const pending = callServer(method, params).then(deepFreeze);
      pending.catch(() => cache.delete(key));
      cache.set(key, pending);
    }
    return cache.get(key);
  };

  class ApexWireAdapter {
    constructor(dataCallback) {
      this.dataCallback = dataCallback;
      this.connected = false;
      this.config = undefined;
      this.generation = 0;
    }

    connect() {
      this.connected = true;
      this.fetch();
    }

    disconnect() {
      this.connected = false;
      this.generation++;
    }

    update(config) {
      this.config = config;
      this.fetch();
    }

    fetch() {
      const config = this.config;
      // As on the platform, a wire whose parameters include an undefined value is not called.
      if (!this.connected || !config || Object.values(config).some((value) => value === undefined)) {
        return;
      }
      const generation = ++this.generation;
      call(config).then(
        (data) => generation === this.generation && this.dataCallback({ data, error: undefined }),
        (error) => generation === this.generation && this.dataCallback({ data: undefined, error })
      );
    }
  }

  call.adapter = ApexWireAdapter;
  return call;
}
