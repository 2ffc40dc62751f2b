/**
 * Resolves in a task of its own: what follows runs after the browser has had the thread (input, a frame). On a
 * slow phone, work that would otherwise join the task that asked for it (a click's, the start's) keeps that
 * task under 50 ms.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Runs `run` in a task of its own after the next frame has painted (an animation frame, then a task): what it
 * does then makes a frame of its own instead of joining the one being drawn. Returns a cancel.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
