/** Parameters of GreeterController.listGreetings (cacheable). */
export interface ListGreetingsParams {
  prefix?: string | null;
  maxResults?: number | null;
}

export interface Greeting {
  id: string;
  text: string;
  tags: string[];
}

export interface GreetingList {
  greetings: Greeting[];
  hasMore: boolean;
}

export type Mode = 'loud' | 'quiet';

export interface SendRequest {
  greetingId: string;
  mode?: Mode | null;
}

/** Parameters of GreeterController.send. */
export interface SendParams {
  request: SendRequest;
}
