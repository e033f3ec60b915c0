// Jest stand-in for lightning/platformShowToastEvent: the same event name and shape the platform dispatches,
// so tests can listen for 'lightning__showtoast' and read the toast from event.detail.
export const ShowToastEventName = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super(ShowToastEventName, {
      composed: true,
      cancelable: true,
      bubbles: true,
      detail: toast
    });
  }
}
