/**
 * What an answer is, independent of who produces it (the deterministic assistant or a language
 * model): a stream of text deltas ending with the sources it used, or a failure.
 */
package dk.renos.chat.answer;
