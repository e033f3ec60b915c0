import { LightningElement, api } from 'lwc';

export default class Widget extends LightningElement {
  @api title = 'Hi';

  handleClick() {
    this.title = 'Clicked';
  }
}
