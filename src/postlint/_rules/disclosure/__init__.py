"""The ``disclosure`` family: does the draft say who the author is, when it has to?

* ``disclosure.missing``: work talk without a position statement (``missing``);
* ``disclosure.disclaimer-only``: "views my own" standing in for one (``disclaimer_only``);
* ``disclosure.material-connection``: promotion without "#ad", "I work at X" and the like up
  front (``material_connection``).

They share the family's spans (``spans``), the author's organisation (``organisation``),
disclosure statements (``statements``) and work talk (``talk``).
"""
