"""Local stand-ins for the providers' HTTP APIs (aiohttp), for tests, the bench and local runs.
They record every call and answer in the provider's shape; they are not part of the product."""
