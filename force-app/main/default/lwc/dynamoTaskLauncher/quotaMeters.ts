// Dynamo's usage counters as the card shows them: "used / max, N left" and a level that drives the styling.
import type { DynamoUsage, QuotaCounter } from '@dynamo/contract';
import { LABELS, formatLabel } from './launcherLabels';
import USER_LOCALE from '@salesforce/i18n/locale';

export const WARNING_PERCENT = 80;
export const ERROR_PERCENT = 95;

export type QuotaLevel = 'normal' | 'warning' | 'error';

export interface QuotaMeter {
  key: 'api' | 'signature';
  label: string;
  reported: boolean;
  percent: number;
  level: QuotaLevel;
  summary: string;
  /** Said in words as well as colour, so the level does not rely on colour alone. */
  statusText: string | null;
  ariaLabel: string;
  meterClass: string;
  statusClass: string;
}

const COUNTERS: ReadonlyArray<{ key: QuotaMeter['key']; label: string }> = [
  { key: 'api', label: LABELS.quotaApiCalls },
  { key: 'signature', label: LABELS.quotaSignatures }
];

function levelOf(percent: number, exhausted: boolean): QuotaLevel {
  if (exhausted || percent >= ERROR_PERCENT) {
    return 'error';
  }
  return percent >= WARNING_PERCENT ? 'warning' : 'normal';
}

function statusTextOf(level: QuotaLevel, exhausted: boolean): string | null {
  if (exhausted) {
    return LABELS.quotaUsedUp;
  }
  if (level === 'error') {
    return LABELS.quotaAlmostUsedUp;
  }
  return level === 'warning' ? LABELS.quotaRunningLow : null;
}

function meterOf(
  key: QuotaMeter['key'],
  label: string,
  counter: QuotaCounter | null | undefined
): QuotaMeter {
  if (!counter || !Number.isFinite(counter.term) || !Number.isFinite(counter.termMax)) {
    return {
      key,
      label,
      reported: false,
      percent: 0,
      level: 'normal',
      summary: LABELS.counterNotReported,
      statusText: null,
      ariaLabel: formatLabel(LABELS.counterNotReportedAria, label),
      meterClass: 'quota-meter',
      statusClass: ''
    };
  }
  const used = Math.max(0, counter.term);
  const max = Math.max(0, counter.termMax);
  const left = Math.max(0, max - used);
  const exhausted = used >= max;
  const percent = max > 0 ? Math.min(100, (used / max) * 100) : 100;
  const level = levelOf(percent, exhausted);
  // The user's Salesforce locale, not the browser's: numbers read as in the rest of Salesforce.
  const numbers = new Intl.NumberFormat(USER_LOCALE);
  const summary = formatLabel(
    LABELS.counterSummary,
    numbers.format(used),
    numbers.format(max),
    numbers.format(left)
  );
  return {
    key,
    label,
    reported: true,
    percent,
    level,
    summary,
    statusText: statusTextOf(level, exhausted),
    ariaLabel: formatLabel(LABELS.counterAria, label, summary),
    meterClass: `quota-meter quota-meter_${level}`,
    statusClass:
      level === 'error' ? 'slds-text-color_error' : level === 'warning' ? 'quota-status_warning' : ''
  };
}

/** One meter per counter, in a fixed order; null when the answer carried no usage at all. */
export function quotaMetersOf(usage: DynamoUsage | null | undefined): QuotaMeter[] | null {
  if (!usage) {
    return null;
  }
  return COUNTERS.map(({ key, label }) => meterOf(key, label, usage[key]));
}
