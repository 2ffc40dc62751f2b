/**
 * Resolves in a task of its own: what follows runs after the browser has had the thread (input, a frame). On a
 * slow phone, work that would otherwise join the task that asked for it (a click's, the start's) keeps that
 * task under 50 ms.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
