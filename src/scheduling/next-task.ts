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

/** How long after the reader last typed or pressed, work that can wait still waits: their input keeps its pace. */
export const INPUT_PAUSE_MS = 400

let inputAt = Number.NEGATIVE_INFINITY
const noteInput = () => {
  inputAt = performance.now()
}
// From the start, so that input before the first wait counts too. Text edited is an InputEvent; a checkbox, a
// radio button or a slider changed is a plain Event, and its press has counted already.
globalThis.document?.addEventListener(
  'input',
  (event) => {
    if (event instanceof InputEvent) noteInput()
  },
  { capture: true, passive: true },
)
globalThis.document?.addEventListener('pointerdown', noteInput, { capture: true, passive: true })

/**
 * `afterNextPaint`, and then, while the reader is typing or pressing (text edited or a pointer pressed in the
 * last `INPUT_PAUSE_MS`: Enter or an arrow key is no typing), later still. On a slow phone, a frame of work
 * that lands between two keystrokes makes the next one wait, and a press or click that comes while a
 * change waits for its frame lays that change out in its own task. Returns a cancel.
 */
export function afterPaintAndInput(run: () => void): () => void {
  let cancelWait = () => {}
  const whenQuiet = () => {
    const wait = inputAt + INPUT_PAUSE_MS - performance.now()
    if (wait <= 0) {
      run()
      return
    }
    const timer = setTimeout(() => (cancelWait = afterNextPaint(whenQuiet)), wait)
    cancelWait = () => clearTimeout(timer)
  }
  cancelWait = afterNextPaint(whenQuiet)
  return () => cancelWait()
}
