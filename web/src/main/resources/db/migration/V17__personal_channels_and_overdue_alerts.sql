-- Alerts addressed to people (docs/notify.md): a channel with a user_id is that person's own (their e-mail, their
-- robot) and receives the alerts addressed to them, such as an overdue follow-up of theirs or their daily digest; a
-- channel without one is shared and receives the alerts meant for everyone, as before.
ALTER TABLE notify_channels ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE CASCADE;

-- The due date an overdue follow-up was last alerted for: one alert per issue and due date, however often the
-- check runs; a follow-up given a new date that passes too is alerted again.
ALTER TABLE account_issues ADD COLUMN overdue_alerted_for DATE;
