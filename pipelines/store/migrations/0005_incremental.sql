-- Incremental crawling: a list page answered 304 still leads to its known links.
ALTER TABLE pages ADD COLUMN IF NOT EXISTS links jsonb;
ALTER TABLE pages ADD COLUMN IF NOT EXISTS last_changed_at timestamptz;
