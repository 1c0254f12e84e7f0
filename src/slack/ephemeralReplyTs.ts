/** The store's key for an ephemeral reply, which has no ts of its own that a button click reports back. */
export const ephemeralReplyTs = (replyId: string) => `e:${replyId}`;
