// A failure of the Apex stand-in, named by the Custom Label the real controller puts in its
// AuraHandledException; the server turns it into { body: { message } } with the label's text.
export class StandInError extends Error {
  readonly label: string;
  readonly args: unknown[];

  constructor(label: string, ...args: unknown[]) {
    super(label);
    this.label = label;
    this.args = args;
  }
}
