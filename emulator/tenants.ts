// Dynamo licenses per tenant (the Salesforce org Id): an API key, whether the API licence is active, and the
// term counters it reports back as `usage` on every accepted task.

export interface Counter {
  term: number;
  termMax: number;
}

export interface Tenant {
  tenantId: string;
  apiKey: string;
  apiLicence: boolean;
  api: Counter;
  signature: Counter;
}

export type TenantInit = Pick<Tenant, 'tenantId' | 'apiKey'> & Partial<Omit<Tenant, 'tenantId' | 'apiKey'>>;

/** The key the emulator accepts unless told otherwise; it stands for the one Documill support issues. */
export const EMULATOR_API_KEY = 'emulator-api-key-0000';
export const DEFAULT_API_TERM_MAX = 10000;
export const DEFAULT_SIGNATURE_TERM_MAX = 1000;

export function createTenant(init: TenantInit): Tenant {
  return {
    apiLicence: true,
    ...init,
    api: { term: 0, termMax: DEFAULT_API_TERM_MAX, ...init.api },
    signature: { term: 0, termMax: DEFAULT_SIGNATURE_TERM_MAX, ...init.signature }
  };
}

export type AuthFailure = { status: 401 | 403; reason: string };

/** 401 for a missing or wrong key, 403 for an unknown tenant or one without an API licence (as documented). */
export function authenticate(
  tenants: ReadonlyMap<string, Tenant>,
  apiKey: string | undefined,
  tenantId: string | undefined
): Tenant | AuthFailure {
  if (!apiKey) return { status: 401, reason: 'x-dynamo-api-key header is missing' };
  if (!tenantId) return { status: 401, reason: 'x-dynamo-tenant-id header is missing' };
  const tenant = tenants.get(tenantId);
  if (!tenant) return { status: 403, reason: `unknown tenant ${tenantId}` };
  if (tenant.apiKey !== apiKey) return { status: 401, reason: 'the API key does not belong to this tenant' };
  if (!tenant.apiLicence) return { status: 403, reason: 'the tenant has no API licence' };
  return tenant;
}

/** Counts one accepted task, or says which quota is exhausted (then nothing is counted). */
export function consumeQuota(tenant: Tenant, signing: boolean): string | null {
  if (tenant.api.term >= tenant.api.termMax) return 'API quota exhausted for this term';
  if (signing && tenant.signature.term >= tenant.signature.termMax) {
    return 'signature quota exhausted for this term';
  }
  tenant.api.term += 1;
  if (signing) tenant.signature.term += 1;
  return null;
}
