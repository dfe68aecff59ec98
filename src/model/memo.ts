/**
 * Memoizes a pure function on its last arguments, compared by identity (`Object.is`): the
 * model's steps recompute only when one of their inputs really changed. Inputs are the
 * store's values (kept stable when nothing changes), the loaded data and earlier steps.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/**
 * Memoizes a pure function of one object on that object's fields, each compared by identity:
 * for steps with many inputs, named rather than positional.
 */
export function memoizeFields<T extends Record<string, unknown>, R>(fn: (input: T) => R): (input: T) => R {
  let last: { input: T; result: R } | null = null;
  return (input: T): R => {
    if (last) {
      const prev = last.input;
      const keys = Object.keys(input);
      if (keys.length === Object.keys(prev).length && keys.every((k) => Object.is(prev[k], input[k]))) return last.result;
    }
    const result = fn(input);
    last = { input, result };
    return result;
  };
}
