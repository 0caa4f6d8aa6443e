"""The command line's helpers, kept out of ``postlint.cli`` so that module stays a thin
click adapter: finding and reading drafts (``sources``), running the linter in one or
several processes (``run``), output formats (``formats``), the rules reference
(``rulesdoc``) and ``postlint init`` (``init``). None of them imports spaCy at import time.
"""
