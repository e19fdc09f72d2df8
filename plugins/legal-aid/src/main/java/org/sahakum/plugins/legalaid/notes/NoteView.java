package org.sahakum.plugins.legalaid.notes;

import java.time.Instant;

/** A note as the API answers it, opened: only to holders of {@code legal:notes:read}, audited. */
public record NoteView(long id, long caseId, String text, long authorAccountId, Instant writtenAt) {}
