import type { HelperProblem } from '../i18n/messages/types.js';

/**
 * A value a formatter or template helper cannot use (`{{date "18.09.2013"}}`).
 * The message is English and names the helper and the value, for the
 * template stage to find the call's line; `problem` is what the message
 * catalogue words in the run's language.
 */
export class ValueError extends RangeError {
  constructor(message: string, readonly problem: HelperProblem) {
    super(message);
  }
}
