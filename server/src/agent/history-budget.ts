import type { HistoryTurn } from './agent.js';

/** Per-message overhead a chat format adds around the text (role markers, separators). */
const MESSAGE_OVERHEAD_TOKENS = 4;

/**
 * Estimates tokens as one per four characters: the usual rule of thumb for English with BPE
 * tokenizers (GPT, Claude, Llama), close enough to budget a context without a tokenizer.
 */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/**
 * The newest turns of a conversation that fit in `budgetTokens`, oldest first, starting with a
 * user turn (several providers require it). Consecutive turns of one role are merged; a newest
 * turn too long for the budget on its own is cut from the front.
 */
export function fitHistory(history: readonly HistoryTurn[], budgetTokens: number): HistoryTurn[] {
  const merged: HistoryTurn[] = [];
  for (const turn of history) {
    const text = turn.text.trim();
    if (text === '') continue;
    const last = merged.at(-1);
    if (last?.role === turn.role) last.text = `${last.text}\n\n${text}`;
    else merged.push({ role: turn.role, text });
  }

  const kept: HistoryTurn[] = [];
  let used = 0;
  for (const turn of [...merged].reverse()) {
    const cost = estimateTokens(turn.text) + MESSAGE_OVERHEAD_TOKENS;
    if (used + cost > budgetTokens) {
      const room = budgetTokens - used - MESSAGE_OVERHEAD_TOKENS;
      if (kept.length === 0 && room > 16) {
        kept.unshift({ role: turn.role, text: `…${turn.text.slice(-(room * 4 - 1))}` });
      }
      break;
    }
    used += cost;
    kept.unshift(turn);
  }
  while (kept[0]?.role === 'assistant') kept.shift();
  return kept;
}
