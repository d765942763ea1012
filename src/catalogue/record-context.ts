/** What a record reader knows about a record besides its own XML: where it sits in the answer, whose it is. */
import type { Source } from '../sdk/schemas.js';

export interface RecordContext {
  source: Source;
  /** 1-based position in the SRU answer (`recordPosition`, else its order). */
  position: number;
  /** The SRU `recordIdentifier`, when the server sends one. */
  recordIdentifier?: string;
  /** The OPAC permalink of a record id, for catalogues whose records carry no URL and no BnF ark. */
  permalink?: (id: string) => string | undefined;
}

/** The id of a record that carries none: its source and its position in the answer. */
export function positionalId(context: RecordContext): string {
  return `${context.source.name}-${context.position}`;
}
