export declare const QUEUE_WORKER_ARGS: string[];
