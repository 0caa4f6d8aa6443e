"""The web page for writers (``postlint serve``): an adapter over the public API.

``app`` is the Starlette app (the page, its assets, the JSON API), ``guard`` what every
request passes first, ``checking`` one check as the API answers it, ``form`` the context
form described from ``Config``'s schema, ``config_file`` ``.postlint.toml`` in and out,
``serve`` the uvicorn server. The page's sources are in ``web/`` at the top of the
repository; ``static/`` holds their bundle.
"""
