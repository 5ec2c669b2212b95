interface SchedulerWithYield {
  yield(): Promise<void>;
}

function hasSchedulerYield(value: unknown): value is SchedulerWithYield {
  return (
    typeof value === 'object' &&
    value !== null &&
    'yield' in value &&
    typeof value.yield === 'function'
  );
}

/**
 * Ends the current task: `scheduler.yield()` where the browser has it (the continuation keeps its
 * place ahead of other timers, and a chain of them is never clamped to 4 ms the way nested
 * zero-delay timeouts are), otherwise a zero-delay timeout. Either way pending input runs first.
 */
export function yieldToUi(): Promise<void> {
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  if (hasSchedulerYield(scheduler)) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
