import { LightningElement, api } from 'lwc';

export default class Widget extends LightningElement {
  @api title = 'Hi';

  get upperTitle(): string {
    this.title = this.title.toUpperCase();
    return this.title;
  }
}
