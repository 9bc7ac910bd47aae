export declare const QUEUE_WORKER_ARGS: string[];
export declare function queueWorkerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
