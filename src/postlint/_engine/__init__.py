"""The engine, behind one wall: spaCy pipelines and their components, the token-pattern
matcher, the runtimes of models, speed-ups of spaCy's internals, the one memo type, and
``Draft`` (a text under analysis, with ``draft.shared`` for what several rules read).

Rules use it; nothing here knows a rule. Importing this package imports no spaCy.
"""
