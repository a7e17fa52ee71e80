/**
 * A local stand-in for OpenAI's Chat Completions API, scripted per test, recording every request.
 */
package dk.renos.fake.openai;
