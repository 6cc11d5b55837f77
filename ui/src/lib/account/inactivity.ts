//! Locks after a stretch without input: any of these events on the window counts as activity.

export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Calls `onIdle` once when `minutes` pass without activity on `target`; returns the function
 * that stops watching. `now` and the check interval are arguments so tests can drive the clock.
 */
export function watchInactivity(
  target: EventTarget,
  minutes: number,
  onIdle: () => void,
  now: () => number = Date.now,
  checkEveryMs = 5_000,
): () => void {
  let last = now()
  let fired = false
  const touch = () => {
    last = now()
  }
  for (const e of ACTIVITY_EVENTS) target.addEventListener(e, touch, { passive: true })
  const timer = setInterval(() => {
    if (!fired && now() - last >= minutes * 60_000) {
      fired = true
      onIdle()
    }
  }, checkEveryMs)
  return () => {
    clearInterval(timer)
    for (const e of ACTIVITY_EVENTS) target.removeEventListener(e, touch)
  }
}
