-- newsmon schema v1: sources, runs, every fetched page, articles.
CREATE TABLE sources (
    name            text PRIMARY KEY,
    config          jsonb NOT NULL DEFAULT '{}'::jsonb,
    enabled         boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    consecutive_failures integer NOT NULL DEFAULT 0,
    last_success_at timestamptz,
    last_error      text
);

CREATE TABLE crawl_runs (
    id                  bigserial PRIMARY KEY,
    source              text NOT NULL,
    trigger             text NOT NULL DEFAULT 'manual'
                        CHECK (trigger IN ('manual', 'schedule', 'api', 'demo')),
    status              text NOT NULL DEFAULT 'running'
                        CHECK (status IN ('running', 'ok', 'failed', 'timeout', 'interrupted', 'skipped')),
    started_at          timestamptz NOT NULL DEFAULT now(),
    finished_at         timestamptz,
    pages_fetched       integer NOT NULL DEFAULT 0,
    pages_not_modified  integer NOT NULL DEFAULT 0,
    articles_new        integer NOT NULL DEFAULT 0,
    articles_updated    integer NOT NULL DEFAULT 0,
    articles_unchanged  integer NOT NULL DEFAULT 0,
    articles_duplicate  integer NOT NULL DEFAULT 0,
    errors              integer NOT NULL DEFAULT 0,
    errors_by_kind      jsonb NOT NULL DEFAULT '{}'::jsonb,
    stats               jsonb NOT NULL DEFAULT '{}'::jsonb,
    error               text,
    log_excerpt         text,
    pid                 integer,
    host                text
);
CREATE INDEX crawl_runs_source_started ON crawl_runs (source, started_at DESC);
CREATE INDEX crawl_runs_running ON crawl_runs (status) WHERE status = 'running';

-- Every fetched URL (articles, list pages, feeds, sitemaps): validators for conditional GET.
CREATE TABLE pages (
    url             text PRIMARY KEY,
    source          text NOT NULL,
    final_url       text,
    kind            text NOT NULL DEFAULT 'page',
    status          integer,
    fetched_at      timestamptz NOT NULL DEFAULT now(),
    etag            text,
    last_modified   text,
    content_hash    text,
    content_type    text,
    article_id      bigint,
    run_id          bigint
);
CREATE INDEX pages_source ON pages (source);

CREATE TABLE articles (
    id                  bigserial PRIMARY KEY,
    url                 text NOT NULL,
    canonical_url       text NOT NULL UNIQUE,
    source              text NOT NULL,
    site                text NOT NULL,
    title               text,
    title_source        text,
    text                text NOT NULL,
    text_simplified     text,
    author              text,
    outlet              text,
    editor              text,
    lang                text,
    script              text,
    published_at        timestamptz,
    fetched_at          timestamptz NOT NULL,
    first_seen_at       timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    content_hash        text NOT NULL,
    encoding            text,
    quality             jsonb NOT NULL DEFAULT '{}'::jsonb,
    raw_html            bytea,
    raw_headers         jsonb,
    cluster_id          bigint,
    relevant            boolean,
    run_id              bigint
);
CREATE INDEX articles_source_first_seen ON articles (source, first_seen_at DESC);
CREATE INDEX articles_published ON articles (published_at DESC);
CREATE INDEX articles_content_hash ON articles (content_hash);
