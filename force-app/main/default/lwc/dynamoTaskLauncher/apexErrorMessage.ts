// Turns whatever a failed Apex call rejects with into one sentence a user can act on.
// Controller errors are AuraHandledExceptions ({ body: { message } }); some platform errors carry a list.
import { LABELS } from './launcherLabels';

interface WithMessage {
  message: unknown;
}

function hasMessage(value: unknown): value is WithMessage {
  return typeof value === 'object' && value !== null && 'message' in value;
}

function textOf(value: unknown): string | null {
  if (hasMessage(value) && typeof value.message === 'string' && value.message.trim()) {
    return value.message.trim();
  }
  return null;
}

export function errorMessageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'body' in error) {
    const { body } = error as { body: unknown };
    if (Array.isArray(body)) {
      const messages = body.map(textOf).filter((message): message is string => message !== null);
      if (messages.length) {
        return messages.join(' ');
      }
    }
    const bodyMessage = textOf(body);
    if (bodyMessage) {
      return bodyMessage;
    }
  }
  if (error instanceof Error && error.message) {
    return error.message;
  }
  return LABELS.genericError;
}
