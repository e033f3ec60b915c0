export default class Widget {}
