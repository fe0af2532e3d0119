"""Scrapy settings for newsmon; per-source values are layered on top by crawler.runner."""

BOT_NAME = "newsmon"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# "compatible" form: an honest bot name that naive browser-only filters still let through
USER_AGENT = "Mozilla/5.0 (compatible; newsmon/0.1; news monitoring crawler; obeys robots.txt)"
ROBOTSTXT_OBEY = True

# Politeness: AutoThrottle adapts to each server; the per-source download_delay is its floor.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.25

# Never hang, never swallow a giant or binary response.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10

# Depth is limited by the spider itself (pagination does not consume it); Scrapy's own depth count
# only lowers priority, so shallow pages are fetched before deep ones (breadth-first).
DEPTH_LIMIT = 0
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19 runs a RemoteControl extension by default (code execution over local HTTP).
REMOTE_CONTROL_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ContentTypeFilterMiddleware": 950,
}

ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.pagetype.PageTypePipeline": 200,
    "pipelines.normalise.NormalisePipeline": 300,
    "pipelines.classify.ClassifyPipeline": 400,
    "pipelines.store.pipeline.StorePipeline": 900,
}

LOG_LEVEL = "INFO"
LOG_FORMATTER = "crawler.middlewares.QuietLogFormatter"
FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
