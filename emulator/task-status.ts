// GET /v1/task/:taskId as Documill documents it: Received → Queued → Running → Ready, then completed with a
// resultList of temporary file URLs. Progress is driven by elapsed time, on a clock tests can replace.

export const STATUS_STEPS = ['Received', 'Queued', 'Running', 'Ready'] as const;
export type StatusMessage = (typeof STATUS_STEPS)[number];

export interface AcceptedTask {
  taskId: string;
  tenantId: string;
  template: string;
  acceptedAt: number;
}

export interface TaskStatus {
  startDateTime: string;
  endDateTime: string | null;
  completed: boolean;
  errors: boolean;
  statusMessage: StatusMessage;
  statusDescription: string;
  resultList: Array<{ id: string; url: string }>;
  logs: Array<{ log: string }>;
}

const DESCRIPTIONS: Record<StatusMessage, string> = {
  Received: 'The task has been received.',
  Queued: 'The task is waiting for a worker.',
  Running: 'The task is running.',
  Ready: 'The task is ready.'
};

export function taskStatus(task: AcceptedTask, now: number, stepMs: number, baseUrl: string): TaskStatus {
  const step = Math.min(STATUS_STEPS.length - 1, Math.floor((now - task.acceptedAt) / stepMs));
  const statusMessage = STATUS_STEPS[step];
  const ready = statusMessage === 'Ready';
  const resultId = `r-${task.taskId.slice(2, 18)}`;
  return {
    startDateTime: new Date(task.acceptedAt).toISOString(),
    endDateTime: ready ? new Date(task.acceptedAt + step * stepMs).toISOString() : null,
    completed: ready,
    errors: false,
    statusMessage,
    statusDescription: DESCRIPTIONS[statusMessage],
    resultList: ready ? [{ id: resultId, url: `${baseUrl}/v1/files/${resultId}` }] : [],
    logs: []
  };
}
