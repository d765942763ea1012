// cocktail-reco/describer: a YouTube video's metadata → its v1 VideoDescription (DESIGN.md section 9). Rules by
// default (offline, deterministic), an OpenAI-compatible LLM when one is configured. No DOM, no Lit.
export { describeVideo, type DescribeOptions } from './describe.js';
export { describeWithRules, explainWithRules, type RulesOptions, type RulesExplanation, type ExplainedEntity } from './rules/index.js';
export { describeWithLlm, type LlmDescribeOptions } from './llm/llm-describer.js';
export { DEFAULT_LLM_TIMEOUT_MS, type LlmConfig } from './llm/chat-client.js';
export { mergeEntities, MAX_MERGED_PER_FACET } from './merge-entities.js';
export { VideoExcludedError, isVideoExcludedError } from './errors.js';
export {
  LlmError, LlmTimeoutError, LlmNetworkError, LlmHttpError, LlmRefusalError, LlmAnswerError, isLlmError,
  isLlmTimeoutError, isLlmNetworkError, isLlmHttpError, isLlmRefusalError, isLlmAnswerError, type LlmErrorKind,
} from './llm/errors.js';
