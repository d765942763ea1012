/**
 * The optional LLM stage: one chat completion held to the answer schema, validated with zod, every label checked
 * against the video's own text, the library's stop words and the platforms the rules treat as noise. Throws an `LlmError` on any failure; `describeVideo` then keeps the rules' output.
 */
import { FACETS, type Entities, type Entity } from '../../sdk/schemas.js';
import { foldKey } from '../../ranking/text-folding.js';
import type { VideoMetadata } from '../../youtube/video-metadata.js';
import { isPlatform } from '../rules/platforms.js';
import { answerJsonSchema, ANSWER_SCHEMA_NAME, LlmAnswer } from './answer-schema.js';
import { chatCompletionJson, type ChatRequestOptions, type LlmConfig } from './chat-client.js';
import { LlmAnswerError } from './errors.js';
import { sourceMatcher } from './grounding.js';
import { describeVideoMessages, sourceText } from './prompt.js';
import { foldStopWords, stopWordIn } from '../stop-words.js';

export interface LlmDescribeOptions extends ChatRequestOptions {
  /** The library's stop words: a label containing one (as whole words, accents and case aside) is dropped, as the rules do. */
  stopWords?: string[];
}

/** The entities the LLM finds in the video's metadata, grounded in its text. */
export async function describeWithLlm(metadata: VideoMetadata, config: LlmConfig, options: LlmDescribeOptions = {}): Promise<Entities> {
  const { stopWords = [], ...request } = options;
  const json = await chatCompletionJson(
    config, describeVideoMessages(metadata), { name: ANSWER_SCHEMA_NAME, schema: answerJsonSchema() }, request,
  );
  const answer = LlmAnswer.safeParse(json);
  if (!answer.success) {
    const issue = answer.error.issues[0];
    throw new LlmAnswerError(`The LLM answer breaks the schema at ${issue?.path.join('.') || 'its root'}: ${issue?.message ?? 'unreadable'}.`);
  }
  const source = sourceMatcher(sourceText(metadata));
  const stopped = foldStopWords(stopWords);
  const title = ` ${foldKey(metadata.title)} `;
  const entities: Entities = {};
  for (const facet of FACETS) {
    const kept = new Map<string, Entity>();
    for (const { label: raw, weight } of answer.data[facet]) {
      const label = raw.trim();
      const key = foldKey(label);
      if (!Number.isFinite(weight) || stopWordIn(key, stopped) !== undefined) continue;
      // A platform is noise unless the video is about it, which its title tells (the rules' own test).
      if (isPlatform(key) && !title.includes(` ${key} `)) continue;
      if (!(facet === 'dates' ? source.hasDate(label) : source.has(label))) continue;
      const entity = { label, weight: Math.min(1, Math.max(0, weight)) };
      const previous = kept.get(key);
      if (!previous || previous.weight < entity.weight) kept.set(key, entity);
    }
    if (kept.size) entities[facet] = [...kept.values()];
  }
  return entities;
}
