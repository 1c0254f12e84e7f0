/** A "Helpful" / "Not helpful" click on a reply. */
export interface Feedback {
  replyId: string;
  matchId: string;
  helpful: boolean;
  user: string;
  channel?: string;
}

/** Where feedback goes; logged for now, a later store keeps it. */
export interface FeedbackSink {
  record(feedback: Feedback): Promise<void>;
}
