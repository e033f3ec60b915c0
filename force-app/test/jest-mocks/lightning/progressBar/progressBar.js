// Jest stand-in for lightning-progress-bar. Unlike the stub sfdx-lwc-jest ships, it declares ariaLabel as
// public, as the real component does, so an aria-label set in a template reaches the bar, not the host.
import { LightningElement, api } from 'lwc';

export default class ProgressBar extends LightningElement {
  @api ariaLabel;
  @api size;
  @api value;
  @api variant;
}
