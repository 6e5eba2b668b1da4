-- Account value (docs/retention.md, "Big accounts"): what the account is worth a year, in the company's currency.
-- Kept beside accounts so that the tier (top 20 % by value) and value-weighted churn can be computed.
CREATE TABLE account_values (
    account_id  BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    annual_value DOUBLE PRECISION NOT NULL CHECK (annual_value >= 0),
    updated_by  BIGINT REFERENCES users (id),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
