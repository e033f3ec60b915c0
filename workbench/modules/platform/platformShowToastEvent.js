// lightning/platformShowToastEvent as the platform defines it: a bubbling, composed event the record page
// listens for. The workbench page renders the toast (see ../page/toasts.js).
export class ShowToastEvent extends CustomEvent {
  constructor(detail) {
    super('lightning__showtoast', { bubbles: true, composed: true, cancelable: true, detail });
  }
}
