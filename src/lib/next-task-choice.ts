// A choice whose effect is a navigation (a sort, "Sembunyikan yang sudah dibaca"): the control shows it at
// once, and the navigation, which renders a new list, starts in a task of its own. The click's task then
// stays short on a slow phone, and the control never waits for the list.
import { useState } from 'react'
import { nextTask } from '../scheduling/next-task'

/** `current` (from the URL) as the control shows it, and a way to choose that applies the choice in the next task. */
export function useNextTaskChoice<T>(current: T, apply: (value: T) => void): [T, (value: T) => void] {
  const [asked, setAsked] = useState<{ value: T } | null>(null)
  const [seen, setSeen] = useState(current)
  // The URL moved (the choice arrived, or Back): it is what the control shows again.
  if (!Object.is(seen, current)) {
    setSeen(current)
    setAsked(null)
  }
  const choose = (value: T) => {
    setAsked({ value })
    void nextTask().then(() => apply(value))
  }
  return [asked ? asked.value : current, choose]
}
