declare module '@salesforce/apex/GreeterController.listGreetings' {
  import type { GreetingList, ListGreetingsParams } from '@dynamo/contract';
  const listGreetings: (params: ListGreetingsParams) => Promise<GreetingList>;
  export default listGreetings;
}

declare module '@salesforce/apex/GreeterController.send' {
  import type { Greeting, SendParams } from '@dynamo/contract';
  const send: (params: SendParams) => Promise<Greeting>;
  export default send;
}
