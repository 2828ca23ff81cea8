"""Settings shared by every environment; each value can come from the environment."""

from datetime import timedelta

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

from config.languages import EXTRA_LANG_INFO, VIETNAMESE_INTERFACE

from .caches import caches_from_url
from .env import BASE_DIR, VAR_DIR, WORK_DIR, env_bool, env_int, env_list, env_str, secret_key
from .search import search_backends

SECRET_KEY = secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,.localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # Content types, one app each (site/)
    "core",
    "home",
    "chapters",
    "news",
    "bulletins",
    "campaigns",
    "honours",
    "officialdocs",
    "standard",
    "events",
    "sitesearch",
    "feeds",
    "provinces",
    "backups",
    "background",
    "accounts",  # staff logins: throttling, second factor, security headers
    "pagecache",  # nginx's page cache: Cache-Control, purges (after the content apps: see its apps.py)
    # Editorial workflow plugins (workflows/)
    "workflows.checklist",
    "workflows.chapter_review",
    "workflows.editorial",
    "workflows.authoring",
    "workflows.quota",
    # Vietnamese for the Wagtail admin: before Wagtail's apps, so its catalogue wins
    "admin_vi",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # after wagtail.admin, whose workflow emails it replaces
    "workflows.notifications",
]
# Workflow plugins switched off by settings alone (KHUYENHOC_DISABLED_PLUGINS=checklist,quota):
# each declares what it adds through core.plugins, so the rest works without it.
WORKFLOW_PLUGINS = ["checklist", "chapter_review", "editorial", "authoring", "quota", "notifications"]
DISABLED_PLUGINS = env_list("KHUYENHOC_DISABLED_PLUGINS", "")
_unknown_plugins = sorted(set(DISABLED_PLUGINS) - set(WORKFLOW_PLUGINS))
if _unknown_plugins:
    raise ImproperlyConfigured(
        f"KHUYENHOC_DISABLED_PLUGINS: không có plugin {', '.join(_unknown_plugins)}; "
        f"các plugin có: {', '.join(WORKFLOW_PLUGINS)}."
    )
INSTALLED_APPS = [app for app in INSTALLED_APPS if app not in [f"workflows.{name}" for name in DISABLED_PLUGINS]]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "background.health.HealthMiddleware",  # /_health/, before anything that needs the database
    "accounts.headers.ContentSecurityPolicyMiddleware",
    "accounts.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pagecache.headers.CacheHeadersMiddleware",  # outside sessions, CSRF and auth: sees their cookies
    "core.bad_input.NulCharacterMiddleware",  # before anything that queries the database with the address
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.site_cache.CachedSiteMiddleware",  # the Site and its settings from the cache, before anyone asks
    "core.languages.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.two_factor.RequireTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.themes.ThemeMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out login into the lockout page
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": False,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.themes.theme_context",
            ],
            # Site themes first (the Site's own theme, then the base theme), then apps.
            "loaders": [
                (
                    "core.themes.ThemeCachedLoader",
                    [
                        "core.themes.ThemeLoader",
                        "django.template.loaders.app_directories.Loader",
                    ],
                )
            ],
            "builtins": ["core.templatetags.khuyenhoc"],
        },
    },
]
THEMES_DIR = BASE_DIR / "themes"
DEFAULT_THEME = "base"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env_str("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time: Vietnamese first, English available.
LANGUAGE_CODE = "vi"
# Thái (Tai Dam, ISO 639-3 "blt") and Mông ("hmn") are content languages of the
# Sơn La site; Django knows neither, so they are described in LANG_INFO below.
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("blt", "Tiếng Thái"),
    ("hmn", "Tiếng Mông"),
]
LANG_INFO.update(EXTRA_LANG_INFO)
KHUYENHOC_VIETNAMESE_INTERFACE = VIETNAMESE_INTERFACE  # their pages' menus and buttons read in Vietnamese
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
FORMAT_MODULE_PATH = ["config.formats"]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise expects it, even before collectstatic
STATICFILES_DIRS = sorted(path for path in THEMES_DIR.glob("*/static") if path.is_dir())
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# Plans and reports printed as PDF and DOCX, per revision: a cache, outside MEDIA_ROOT (served only through
# the page, after its privacy check); the worker prints a page when it is published.
KHUYENHOC_PRINTED_ROOT = env_str("PRINTED_ROOT", str(VAR_DIR / "printed"))
KHUYENHOC_PRINT_ON_PUBLISH = env_bool("PRINT_ON_PUBLISH", True)
MEDIA_URL = "/media/"
MEDIA_ROOT = env_str("MEDIA_ROOT", str(WORK_DIR / "media"))
# On one machine (demo, small installs) Django serves uploads; production puts
# them behind the web server or object storage and sets SERVE_MEDIA=false.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", True)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Every message is queued as a task (background.mail) and sent by the worker with the real backend.
EMAIL_BACKEND = "background.mail.QueuedEmailBackend"
KHUYENHOC_EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_TIMEOUT = int(env_str("EMAIL_TIMEOUT", "10"))  # the worker, not a request, waits on a slow server
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Hội Khuyến học <no-reply@khuyenhoc.localhost>")

# Wagtail
WAGTAIL_SITE_NAME = "Khuyến học"
# No avatars from gravatar.com: a request to another host on every admin page, slow on a
# mountain link, and it tells a third party who works in the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Languages an editor can choose for the admin (Tài khoản → Ngôn ngữ); admin_vi translates it.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # slugs are folded to ASCII by core.text.slugify_vi
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.ImageForm"  # alt text (description) required
# Uploads: a picture is decoded whole for its renditions (4 bytes a pixel), so its pixels are capped
# (width × height × frames); documents only by type and size. Either limit is a Vietnamese form error.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "ppt", "pptx", "txt", "csv", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("WAGTAILDOCS_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)
WAGTAILAPI_LIMIT_MAX = 50
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"

ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
WAGTAILSEARCH_BACKENDS = search_backends(
    ELASTICSEARCH_URL,
    env_str("ELASTICSEARCH_INDEX_PREFIX", "khuyenhoc_"),
    timeout=float(env_str("ELASTICSEARCH_TIMEOUT", "2")),
    breaker_seconds=int(env_str("ELASTICSEARCH_BREAKER_SECONDS", "30")),
)

# The cache (fragments, renditions): one process by default; production shares Redis (settings.caches).
CACHES = caches_from_url(env_str("CACHE_URL", "locmem://"))
KHUYENHOC_FRAGMENT_SECONDS = env_int("KHUYENHOC_FRAGMENT_SECONDS", 6 * 3600)  # 0: fragments not cached

# Staff accounts (site/accounts). Login throttling (django-axes): a username is locked at one client
# address after AXES_FAILURE_LIMIT wrong passwords, for the cool-off; other addresses and other
# usernames are not. The client address is REMOTE_ADDR here; behind a reverse proxy (production)
# it is read from X-Forwarded-For, counting AXES_IPWARE_PROXY_COUNT proxies from the right.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.LoginThrottleBackend",  # axes' AxesStandaloneBackend, first
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env_str("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env_str("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_VERBOSE = False  # no banner on every manage.py run (cron mail); failures still log username and address
AXES_IPWARE_META_PRECEDENCE_ORDER = env_list("AXES_IPWARE_META_PRECEDENCE_ORDER", "REMOTE_ADDR")
_proxy_count = env_str("AXES_IPWARE_PROXY_COUNT")
AXES_IPWARE_PROXY_COUNT = int(_proxy_count) if _proxy_count else None
# Not strict: a client may send its own X-Forwarded-For, to which the proxy appends the address it
# saw; counting from the right still finds that address, where a strict count would reject the
# header and fall back to REMOTE_ADDR, the proxy's address shared by everyone.
IPWARE_STRICT = False

# Second factor (django-otp): an authenticator app (TOTP) and ten recovery codes. Required of
# superusers and boards when KHUYENHOC_REQUIRE_2FA (production's default); optional for presidents.
KHUYENHOC_REQUIRE_2FA = env_bool("KHUYENHOC_REQUIRE_2FA", False)
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", WAGTAIL_SITE_NAME)

# Content-Security-Policy (django-csp). Public pages: scripts and styles from the site itself, or
# inline with the request's nonce ({{ request.csp_nonce }}); no unsafe-inline. The admin
# (/quan-tri/) needs inline scripts, styles and eval: its own policy (accounts.headers); previews
# are rendered as the page's own request and keep the public one. Video embeds are iframes from these hosts.
CSP_EMBED_FRAME_SRC = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.facebook.com",
]
CSP_EXTRA_IMG_SRC = env_list("CSP_EXTRA_IMG_SRC", "")  # e.g. an object-storage bucket serving media
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", *CSP_EXTRA_IMG_SRC],
        "frame-src": [SELF, *CSP_EMBED_FRAME_SRC],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
KHUYENHOC_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "www.gravatar.com", *CSP_EXTRA_IMG_SRC],  # avatars: //www.gravatar.com
        "font-src": [SELF, "data:"],
        "frame-src": [SELF, *CSP_EMBED_FRAME_SRC],
        "connect-src": [SELF, "https://releases.wagtail.org"],  # Wagtail's upgrade notice
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

# Background tasks (django-tasks): mail, Wagtail's search and reference index updates, index
# retries. Stored in the database and run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
BACKGROUND_MAX_ATTEMPTS = int(env_str("BACKGROUND_MAX_ATTEMPTS", "6"))  # retries 1, 5, 25, 125, 360 min apart

# Reverse-proxy cache (nginx, deploy/nginx/): anonymous readers' pages are kept FRONTEND_CACHE_SECONDS
# and purged on every change through Wagtail's frontend cache (site/pagecache). Unset URL (tests,
# `make demo`): no page is marked public and nothing is purged.
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL")  # nginx's loopback purge listener
WAGTAILFRONTENDCACHE = (
    {"nginx": {"BACKEND": "pagecache.backends.NginxPurgeBackend", "LOCATION": FRONTEND_CACHE_PURGE_URL}}
    if FRONTEND_CACHE_PURGE_URL
    else {}
)
WAGTAILFRONTENDCACHE_LANGUAGES = []  # pagecache lists each language's addresses itself (/en/…, fallbacks)
KHUYENHOC_FRONTEND_CACHE_SECONDS = env_int("FRONTEND_CACHE_SECONDS", 600)  # what a lost purge can leave
KHUYENHOC_PURGE_ALWAYS = ["/sitemap.xml", "/api/v2/pages/"]  # config's listings of every page

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    # WeasyPrint reports each step of every document it prints (and of its own stylesheets when imported)
    "loggers": {
        "weasyprint.progress": {"level": "WARNING"},
        "wagtail.frontendcache": {"level": "WARNING"},  # a line per address purged; pagecache logs the batch
    },
}
