import { z } from 'zod';

/** How long a young person's unfinished flow waits for them. */
export interface ConversationConfig {
  /** After this much silence in the middle of a flow, a returning young person is asked to continue or start again. */
  resumeAfterMs: number;
  /** After this much silence an unfinished flow is forgotten. */
  flowExpiresAfterMs: number;
}

const conversationSchema = z.object({
  RESUME_AFTER_HOURS: z.coerce.number().min(0.01).max(24 * 90).default(12),
  FLOW_EXPIRES_AFTER_DAYS: z.coerce.number().min(0.01).max(365).default(30),
});

export const conversationSettings = conversationSchema.shape;

export function readConversationConfig(s: z.infer<typeof conversationSchema>): ConversationConfig {
  return {
    resumeAfterMs: Math.round(s.RESUME_AFTER_HOURS * 3_600_000),
    flowExpiresAfterMs: Math.round(s.FLOW_EXPIRES_AFTER_DAYS * 86_400_000),
  };
}
