# Slim, non-root image running `vyapar serve`. The SQLite file lives in /data (mount a volume),
# or set DATABASE_URL=postgresql+asyncpg://… for PostgreSQL.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY vyapar vyapar
COPY bot bot
COPY intents intents
COPY locales locales
COPY commerce commerce
COPY webhooks webhooks
COPY payments payments
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 vyapar && mkdir /data && chown vyapar /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER vyapar
WORKDIR /data
ENV HOST=0.0.0.0 PORT=8080 DATABASE_URL=sqlite+aiosqlite:////data/vyapar.db PYTHONUNBUFFERED=1
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8080/readyz'); sys.exit(0)"
CMD ["vyapar", "serve"]
