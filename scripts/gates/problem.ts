// The shape every gate reports in, so check-platform and the tests treat all gates alike.
export interface Problem {
  /** Path relative to the project root the gate ran on (forward slashes). */
  file: string;
  /** 1-based line; 0 when the problem is about the file or the project as a whole. */
  line: number;
  message: string;
  gate: string;
}

export type GateRun = (root: string) => Promise<Problem[]>;

export interface Gate {
  name: string;
  run: GateRun;
}

/** Builds a problem-reporting function bound to one gate's name. */
export function problemsFor(gate: string): (file: string, line: number, message: string) => Problem {
  return (file, line, message) => ({ file, line, message, gate });
}

/** 1-based line number of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
