/**
 * Errors the engine raises on purpose: a spec/data combination it cannot train. The CLI prints
 * their message as is, so every message says what is wrong and what to change.
 */

/** A refusal with a message meant for the person who wrote the spec (not an internal fault). */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

/** 1234567 → "1,234,567", without depending on the runtime's locale data. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
