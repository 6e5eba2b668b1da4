-- The speaker role of each channel of a call's recording (e.g. 'rep,customer'), so that a call interrupted by a
-- crash can be transcribed again from its recording after a restart. NULL for calls stored before this column.
ALTER TABLE calls ADD COLUMN channels VARCHAR(1000);
