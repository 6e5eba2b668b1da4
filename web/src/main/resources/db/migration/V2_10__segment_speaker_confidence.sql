-- How sure the speaker of a segment is: 1 for a channel recorded per role or a reviewer's correction, the
-- diarizer's confidence (0.5..1) for mono badge audio.
ALTER TABLE segments ADD COLUMN speaker_confidence DOUBLE PRECISION DEFAULT 1.0 NOT NULL;
