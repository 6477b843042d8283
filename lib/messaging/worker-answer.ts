/**
 * The worker answers through webextension-polyfill, which turns a handler's refusal (a rejected
 * promise) into this object, for the polyfill on the other side to reject with. The content
 * script runs without the polyfill (wxt.config.ts), so it reads the object itself.
 */
interface PolyfillRefusal {
  __mozWebExtensionPolyfillReject__: true;
  message?: unknown;
}

/** The worker's answer, or the error it refused with, thrown as the polyfill would. */
export function workerAnswer(answer: unknown): unknown {
  if (!isRefusal(answer)) return answer;
  throw new Error(typeof answer.message === 'string' ? answer.message : 'Vigie: the worker refused');
}

function isRefusal(answer: unknown): answer is PolyfillRefusal {
  return typeof answer === 'object' && answer !== null && (answer as Partial<PolyfillRefusal>).__mozWebExtensionPolyfillReject__ === true;
}
