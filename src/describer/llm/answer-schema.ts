/**
 * What the LLM is asked to answer: the description's entities by facet, each `{label, weight}`. The same zod
 * schema validates the answer and, through zod's `toJSONSchema`, becomes the strict `json_schema` the model is
 * held to. It stays in the subset every OpenAI-compatible server enforces (Mistral, Ollama's grammar, vLLM's
 * structured outputs): objects with every property required and no other, arrays, strings, numbers; ranges and
 * date formats are checked after parsing, not in the schema.
 */
import * as z from 'zod/mini';
import { FACETS, type Facet } from '../../sdk/schemas.js';

const LlmEntity = z.strictObject({ label: z.string(), weight: z.number() });

export const LlmAnswer = z.strictObject(
  Object.fromEntries(FACETS.map((facet) => [facet, z.array(LlmEntity)])) as { [F in Facet]: z.ZodMiniArray<typeof LlmEntity> },
);
export type LlmAnswer = z.infer<typeof LlmAnswer>;

/** The name of the schema in `response_format.json_schema`. */
export const ANSWER_SCHEMA_NAME = 'video_entities';

/** The JSON Schema of `LlmAnswer`, without the `$schema` key some servers refuse. */
export function answerJsonSchema(): Record<string, unknown> {
  const { $schema: _draft, ...schema } = z.toJSONSchema(LlmAnswer) as Record<string, unknown>;
  return schema;
}
