-- Monitoring (issue #6): relevance per article, tags, key figures, scam indicators, full-text
-- search vector and webhook alerts. Independent of 0002 (clusters): stories are keyed by
-- articles.cluster_id when set, else by the article itself.
ALTER TABLE articles
    ADD COLUMN IF NOT EXISTS relevance real,
    ADD COLUMN IF NOT EXISTS matched_terms text[],
    ADD COLUMN IF NOT EXISTS monitor_profile text;
CREATE INDEX IF NOT EXISTS articles_relevant ON articles (first_seen_at DESC) WHERE relevant;

-- Full-text search in its own narrow table: a GIN match on a common word touches this small
-- heap, not the wide articles rows (10x faster at 100k articles). Filter columns are copied so
-- the newest matching candidates are chosen before any article row is read.
CREATE TABLE article_search (
    article_id  bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    source      text NOT NULL,
    at          timestamptz NOT NULL,   -- published_at, else first_seen_at
    relevant    boolean,
    vector      tsvector NOT NULL       -- CJK bigrams + Latin words made in Python (pipelines.monitor.tokenize)
);
CREATE INDEX article_search_vector ON article_search USING gin (vector);

CREATE TABLE article_types (
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type        text NOT NULL,
    label       text,
    score       real NOT NULL,
    PRIMARY KEY (article_id, type)
);
CREATE INDEX article_types_type ON article_types (type);

CREATE TABLE article_regions (
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name        text NOT NULL,
    level       text NOT NULL CHECK (level IN ('province', 'city', 'district', 'country')),
    province    text,
    city        text,
    country     text NOT NULL,
    mentions    integer NOT NULL DEFAULT 1,
    PRIMARY KEY (article_id, name, level)
);
CREATE INDEX article_regions_name ON article_regions (name);
CREATE INDEX article_regions_province ON article_regions (province);
CREATE INDEX article_regions_city ON article_regions (city);

CREATE TABLE key_figures (
    id          bigserial PRIMARY KEY,
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    value       numeric NOT NULL,
    unit        text NOT NULL,
    subject     text NOT NULL,
    raw         text,
    sentence    text
);
CREATE INDEX key_figures_article ON key_figures (article_id);
CREATE INDEX key_figures_unit ON key_figures (unit, value DESC);

CREATE TABLE scam_indicators (
    id          bigserial PRIMARY KEY,
    article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('phone', 'url', 'domain', 'app')),
    value       text NOT NULL,
    official    boolean NOT NULL DEFAULT false,
    sentence    text,
    UNIQUE (article_id, kind, value)
);
CREATE INDEX scam_indicators_value ON scam_indicators (kind, value);

-- One row per (webhook, story): the unique key makes "one POST per new story" hold even when
-- several copies arrive in one batch or several crawls run at once.
CREATE TABLE alerts (
    id              bigserial PRIMARY KEY,
    webhook         text NOT NULL,
    url             text NOT NULL,
    story_key       text NOT NULL,
    article_id      bigint REFERENCES articles (id) ON DELETE SET NULL,
    cluster_id      bigint,
    payload         jsonb NOT NULL,
    status          text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'delivered', 'failed', 'skipped')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    last_status     integer,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    UNIQUE (webhook, story_key)
);
CREATE INDEX alerts_due ON alerts (next_attempt_at) WHERE status = 'pending';
