// What the Lightning Experience shell does with lightning__showtoast: an SLDS toast at the top of the page.
const VARIANTS = ['info', 'success', 'warning', 'error'];
const DISMISS_AFTER_MS = 10000;

export function showToast(detail) {
  const container = document.getElementById('toasts');
  const variant = VARIANTS.includes(detail?.variant) ? detail.variant : 'info';
  const toast = document.createElement('div');
  toast.className = `slds-notify slds-notify_toast slds-theme_${variant}`;
  toast.setAttribute('role', variant === 'error' ? 'alert' : 'status');
  toast.dataset.toast = variant;

  const assistive = document.createElement('span');
  assistive.className = 'slds-assistive-text';
  assistive.textContent = variant;
  const content = document.createElement('div');
  content.className = 'slds-notify__content';
  const title = document.createElement('h2');
  title.className = 'slds-text-heading_small toast-title';
  title.textContent = detail?.title ?? '';
  const message = document.createElement('p');
  message.className = 'toast-message';
  message.textContent = detail?.message ?? '';
  content.append(title, message);

  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'slds-button slds-button_icon slds-button_icon-inverse slds-notify__close';
  close.title = 'Close';
  close.textContent = '✕';
  close.addEventListener('click', () => toast.remove());

  toast.append(assistive, content, close);
  container.append(toast);
  if (detail?.mode !== 'sticky') setTimeout(() => toast.remove(), DISMISS_AFTER_MS);
}
