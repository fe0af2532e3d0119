-- newsmon schema v2: story clusters (exact + near-duplicate), LSH band index, article versions.

ALTER TABLE articles
    ADD COLUMN text_hash      text,      -- SHA-256 of the normalised simplified body (exact copies)
    ADD COLUMN minhash        bytea,     -- 128 x uint32 little-endian MinHash signature
    ADD COLUMN shingle_count  integer,   -- distinct 5-gram shingles behind the signature
    ADD COLUMN duplicate_of   bigint,    -- the stored article this one matched when it joined
    ADD COLUMN similarity     real;      -- max(Jaccard, containment) to duplicate_of
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_cluster ON articles (cluster_id);

-- One row per (band key, article): a probe is ~32 index lookups that never touch the heap.
CREATE TABLE lsh_band (
    key         bigint NOT NULL,
    article_id  bigint NOT NULL
);
CREATE INDEX lsh_band_key ON lsh_band (key) INCLUDE (article_id);

CREATE TABLE clusters (
    id                    bigserial PRIMARY KEY,
    first_article_id      bigint,       -- first stored member
    first_seen_at         timestamptz,
    earliest_article_id   bigint,       -- member published first (who had the story first)
    earliest_published_at timestamptz,
    original_outlet       text,         -- from members' bylines/来源, else the earliest member's site
    original_site         text,
    title                 text,
    member_count          integer NOT NULL DEFAULT 0,
    site_count            integer NOT NULL DEFAULT 0,
    sites                 text[] NOT NULL DEFAULT '{}',
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clusters_first_seen ON clusters (first_seen_at DESC);

-- Normalised paragraphs counted once per distinct story they appear in; frequent ones are boilerplate.
CREATE TABLE boilerplate_paragraphs (
    key         bigint PRIMARY KEY,
    clusters    integer NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Superseded contents of an article (same URL, changed text); the current one stays in articles.
CREATE TABLE article_versions (
    article_id    bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version       integer NOT NULL,
    title         text,
    text          text NOT NULL,
    content_hash  text NOT NULL,
    text_hash     text,
    cluster_id    bigint,
    published_at  timestamptz,
    fetched_at    timestamptz,
    replaced_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, version)
);

CREATE FUNCTION newsmon_record_article_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_versions (article_id, version, title, text, content_hash, text_hash, cluster_id,
                                  published_at, fetched_at)
    SELECT OLD.id, coalesce(max(v.version), 0) + 1, OLD.title, OLD.text, OLD.content_hash, OLD.text_hash,
           OLD.cluster_id, OLD.published_at, OLD.fetched_at
    FROM article_versions v WHERE v.article_id = OLD.id;
    RETURN NEW;
END $$;

-- A trigger, not application code: every writer of articles records versions the same way.
CREATE TRIGGER articles_record_version BEFORE UPDATE OF content_hash ON articles
    FOR EACH ROW WHEN (OLD.content_hash IS DISTINCT FROM NEW.content_hash)
    EXECUTE FUNCTION newsmon_record_article_version();
